package com.aobsettlement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The figures of a month-end reconciliation (DOMAIN.md §8, §10): what the monthly files and the
 * summary page show. Month end E is the last day of the month; a claim's position is its latest
 * settlement dated on or before E.
 *
 * @param closing        whether this reconciliation closes the month (false: a preview)
 * @param lastSettled    the latest business date of the month with a settlement, or null
 * @param collectionsPerDay Σ ledger collected by business date of the month
 */
public record MonthEndReport(YearMonth month, boolean closing, LocalDate lastSettled, List<Check> checks,
                             List<UnmatchedItem> unmatched, List<PayerAging> aging, List<ProviderStatement> providerStatements,
                             List<DueDispute> disputesDue, SortedMap<LocalDate, BigDecimal> collectionsPerDay, Totals totals) {

    public LocalDate monthEnd() {
        return month.atEndOfMonth();
    }

    public boolean balanced() {
        return checks.stream().allMatch(Check::balanced);
    }

    /** The reconciliation.csv checks, in file order. */
    public enum CheckName {
        ERA_VS_DEPOSITS, ERA_VS_LEDGER, LEDGER_VS_PROVIDER_TOTALS, LEDGER_VS_SETTLEMENTS
    }

    /** One row of reconciliation.csv; {@code balanced} may be false with a zero difference when items offset. */
    public record Check(CheckName name, BigDecimal left, BigDecimal right, boolean balanced) {
        public BigDecimal difference() {
            return left.subtract(right);
        }
    }

    /** One row of aging.csv: open amounts by bucket. */
    public record PayerAging(String payerCode, Map<AgingBucket, BigDecimal> buckets, int claims) {
        public BigDecimal bucket(AgingBucket bucket) {
            return buckets.getOrDefault(bucket, Money.ZERO);
        }

        public BigDecimal total() {
            return buckets.values().stream().reduce(Money.ZERO, BigDecimal::add);
        }
    }

    /** One row of provider_statements.csv. */
    public record ProviderStatement(String providerNpi, String providerName, int claimsSettled, BigDecimal collected,
                                    BigDecimal fee, BigDecimal netToProvider, BigDecimal refundReserve, int openDisputes,
                                    BigDecimal openDisputeAmount) {
    }

    /** One row of disputes_due.csv. */
    public record DueDispute(String claimNumber, DisputeKind kind, BigDecimal amount, LocalDate respondBy, long daysLeft) {
    }

    /** The month's money at a glance: ledger movements in the month, reserve and receivables at month end. */
    public record Totals(BigDecimal collected, BigDecimal fee, BigDecimal netToProvider, BigDecimal refundReserve,
                         BigDecimal openReceivables) {
    }
}
