package com.aobsettlement.store;

import com.aobsettlement.domain.DisputeKind;
import com.aobsettlement.domain.Money;
import com.aobsettlement.domain.Payment;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What month-end reconciliation reads (DOMAIN.md §8, §10). Every method takes the month as its first
 * and last day; a claim's "position" is its latest settlement dated on or before the last day. Sums
 * are done by the database and come back small (per provider, payer or day), so a month of a
 * million claims costs a few grouped scans.
 */
@Repository
public class MonthEndStore {
    /** Each claim's position on ?: its latest settlement dated on or before it (SettlementStore#latestSettlementKeys). */
    private static final String POSITIONS = "(SELECT s.* FROM settlements s JOIN ("
            + SettlementStore.latestSettlementKeys("business_date <= ?") + ") p ON p.claim_id = s.claim_id "
            + "AND p.business_date = s.business_date)";
    /** Disputes open at ? (opened by then, not closed by then). */
    private static final String OPEN_AT = "d.opened_on <= ? AND (d.closed_on IS NULL OR d.closed_on > ?)";

    private final JdbcTemplate jdbc;

    public MonthEndStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The 835 payments (BPR02 with TRN02, dated BPR16) dated in the month. */
    public List<Payment> eraPayments(LocalDate from, LocalDate to) {
        return jdbc.query("SELECT eft_trace, paid_on, amount FROM era_payments WHERE paid_on BETWEEN ? AND ?",
                (rs, i) -> payment(rs), from, to);
    }

    public List<Payment> deposits(LocalDate from, LocalDate to) {
        return jdbc.query("SELECT eft_trace, deposit_date, amount FROM deposits WHERE deposit_date BETWEEN ? AND ?",
                (rs, i) -> payment(rs), from, to);
    }

    /** Money for unknown claims (remittances without a claim) paid in the month: paid plus interest paid. */
    public List<Payment> unknownClaimMoney(LocalDate from, LocalDate to) {
        return jdbc.query("SELECT eft_trace, paid_on, paid_amount + interest_paid FROM remittances "
                + "WHERE claim_id IS NULL AND paid_on BETWEEN ? AND ?", (rs, i) -> payment(rs), from, to);
    }

    /**
     * Remittance money posted in the month: paid plus interest paid of the remittances a settlement
     * dated in the month first included (remittances.settled_on).
     */
    public BigDecimal remittanceMoneyPosted(LocalDate from, LocalDate to) {
        return sum("SELECT SUM(paid_amount + interest_paid) FROM remittances WHERE claim_id IS NOT NULL "
                + "AND settled_on BETWEEN ? AND ?", from, to);
    }

    /** Σ ledger entries dated from {@code from} (null: the beginning) to {@code to}. */
    public LedgerSums ledger(LocalDate from, LocalDate to) {
        LocalDate start = from == null ? LocalDate.of(1, 1, 1) : from;
        return jdbc.queryForObject("SELECT SUM(collected), SUM(fee), SUM(net_to_provider), SUM(refund_reserve), "
                + "SUM(write_off) FROM ledger_entries WHERE business_date BETWEEN ? AND ?", (rs, i) -> LedgerSums.of(rs), start, to);
    }

    /** Σ of the positions on {@code at}, in the ledger's columns. */
    public LedgerSums positions(LocalDate at) {
        return jdbc.queryForObject("SELECT SUM(collected), SUM(fee), SUM(net_to_provider), SUM(refund_reserve), "
                + "SUM(write_off) FROM " + POSITIONS + " s", (rs, i) -> LedgerSums.of(rs), at);
    }

    /** How many claims' ledger entries up to {@code at} do not sum to their position on {@code at} (DOMAIN.md §9). */
    public int claimsWhoseLedgerDoesNotTie(LocalDate at) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + POSITIONS + " s LEFT JOIN (SELECT claim_id, "
                + "SUM(collected) c, SUM(fee) f, SUM(net_to_provider) n, SUM(refund_reserve) r, SUM(write_off) w "
                + "FROM ledger_entries WHERE business_date <= ? GROUP BY claim_id) l ON l.claim_id = s.claim_id "
                + "WHERE COALESCE(l.c, 0) <> s.collected OR COALESCE(l.f, 0) <> s.fee OR COALESCE(l.n, 0) <> s.net_to_provider "
                + "OR COALESCE(l.r, 0) <> s.refund_reserve OR COALESCE(l.w, 0) <> s.write_off", Integer.class, at, at);
        Integer orphans = jdbc.queryForObject("SELECT COUNT(DISTINCT claim_id) FROM ledger_entries l WHERE business_date <= ? "
                + "AND NOT EXISTS (SELECT 1 FROM settlements s WHERE s.claim_id = l.claim_id AND s.business_date <= ?)",
                Integer.class, at, at);
        return (n == null ? 0 : n) + (orphans == null ? 0 : orphans);
    }

    /** Σ provider totals dated in the month, in the ledger's columns (refund reserve and write-off are not kept there). */
    public LedgerSums providerTotals(LocalDate from, LocalDate to) {
        return jdbc.queryForObject("SELECT SUM(collected), SUM(fee), SUM(net_to_provider), 0, 0 FROM provider_totals "
                + "WHERE business_date BETWEEN ? AND ?", (rs, i) -> LedgerSums.of(rs), from, to);
    }

    /** The latest business date of the month with a settlement, or null. */
    public LocalDate lastSettlementDate(LocalDate from, LocalDate to) {
        List<LocalDate> dates = jdbc.query("SELECT MAX(business_date) FROM settlements WHERE business_date BETWEEN ? AND ?",
                (rs, i) -> Sql.date(rs, 1), from, to);
        return dates.isEmpty() ? null : dates.get(0);
    }

    /** Σ ledger collected by business date of the month. */
    public SortedMap<LocalDate, BigDecimal> collectedPerDay(LocalDate from, LocalDate to) {
        SortedMap<LocalDate, BigDecimal> perDay = new TreeMap<>();
        jdbc.query("SELECT business_date, SUM(collected) FROM ledger_entries WHERE business_date BETWEEN ? AND ? "
                + "GROUP BY business_date", rs -> {
                    perDay.put(Sql.date(rs, 1), Money.orZero(rs.getBigDecimal(2)));
                }, from, to);
        return perDay;
    }

    /** Open receivables by payer and submission date: positions awaiting payment, denied or disputed on {@code at}. */
    public record OpenReceivable(String payerCode, LocalDate submittedDate, BigDecimal amount, int claims) {
    }

    public List<OpenReceivable> openReceivables(LocalDate at) {
        return jdbc.query("SELECT s.payer_code, s.submitted_date, SUM(CASE WHEN s.payer_expected > s.payer_paid "
                        + "THEN s.payer_expected - s.payer_paid ELSE 0 END), COUNT(*) FROM " + POSITIONS + " s "
                        + "WHERE s.status IN ('AWAITING_PAYMENT', 'DENIED', 'DISPUTED') GROUP BY s.payer_code, s.submitted_date",
                (rs, i) -> new OpenReceivable(rs.getString(1), Sql.date(rs, 2), Money.orZero(rs.getBigDecimal(3)),
                        rs.getInt(4)), at);
    }

    /** One provider's month: the provider_statements.csv figures. */
    public record ProviderMonth(String providerNpi, String name, int claimsSettled, LedgerSums ledger, BigDecimal refundReserve,
                                int openDisputes, BigDecimal openDisputeAmount) {
    }

    /** A provider's disputes open at month end: how many, and Σ of their amounts. */
    private record OpenDisputes(int count, BigDecimal amount) {
        static final OpenDisputes NONE = new OpenDisputes(0, Money.ZERO);
    }

    /**
     * Per provider with anything to state: claims whose position is SETTLED and dated in the month;
     * Σ ledger deltas dated in the month; Σ refund reserve of the positions at month end; disputes
     * open at month end.
     */
    public List<ProviderMonth> providerMonths(LocalDate from, LocalDate to) {
        Map<String, Integer> settled = new TreeMap<>();
        jdbc.query("SELECT s.provider_npi, COUNT(*) FROM " + POSITIONS + " s WHERE s.status = 'SETTLED' "
                + "AND s.business_date >= ? GROUP BY s.provider_npi", rs -> {
                    settled.put(rs.getString(1), rs.getInt(2));
                }, to, from);
        Map<String, LedgerSums> ledger = new TreeMap<>();
        jdbc.query("SELECT provider_npi, SUM(collected), SUM(fee), SUM(net_to_provider), SUM(refund_reserve), SUM(write_off) "
                + "FROM ledger_entries WHERE business_date BETWEEN ? AND ? GROUP BY provider_npi", rs -> {
                    ledger.put(rs.getString(1), LedgerSums.of(rs, 2));
                }, from, to);
        Map<String, BigDecimal> reserve = new TreeMap<>();
        jdbc.query("SELECT s.provider_npi, SUM(s.refund_reserve) FROM " + POSITIONS + " s GROUP BY s.provider_npi "
                + "HAVING SUM(s.refund_reserve) <> 0", rs -> {
                    reserve.put(rs.getString(1), Money.orZero(rs.getBigDecimal(2)));
                }, to);
        Map<String, OpenDisputes> disputes = new TreeMap<>();
        jdbc.query("SELECT c.provider_npi, COUNT(*), SUM(d.amount) FROM disputes d JOIN claims c ON c.id = d.claim_id WHERE "
                + OPEN_AT + " GROUP BY c.provider_npi", rs -> {
                    disputes.put(rs.getString(1), new OpenDisputes(rs.getInt(2), Money.orZero(rs.getBigDecimal(3))));
                }, to, to);
        Map<String, String> names = new TreeMap<>();
        jdbc.query("SELECT npi, name FROM providers", rs -> {
            names.put(rs.getString(1), rs.getString(2));
        });
        TreeMap<String, Boolean> npis = new TreeMap<>();
        for (Map<String, ?> m : List.of(settled, ledger, reserve, disputes)) {
            m.keySet().forEach(k -> npis.put(k, true));
        }
        List<ProviderMonth> months = new ArrayList<>();
        for (String npi : npis.keySet()) {
            OpenDisputes d = disputes.getOrDefault(npi, OpenDisputes.NONE);
            months.add(new ProviderMonth(npi, names.getOrDefault(npi, ""), settled.getOrDefault(npi, 0),
                    ledger.getOrDefault(npi, LedgerSums.ZERO), reserve.getOrDefault(npi, Money.ZERO), d.count(), d.amount()));
        }
        return months;
    }

    public record OpenDispute(String claimNumber, DisputeKind kind, BigDecimal amount, LocalDate respondBy) {
    }

    /** Disputes open at {@code at} whose respond_by is after {@code at} and on or before {@code until}. */
    public List<OpenDispute> openDisputesDue(LocalDate at, LocalDate until) {
        return jdbc.query("SELECT d.claim_number, d.kind, d.amount, d.respond_by FROM disputes d WHERE " + OPEN_AT
                        + " AND d.respond_by > ? AND d.respond_by <= ? ORDER BY d.respond_by, d.claim_number, d.kind",
                (rs, i) -> new OpenDispute(rs.getString(1), DisputeKind.valueOf(rs.getString(2)),
                        Money.orZero(rs.getBigDecimal(3)), Sql.date(rs, 4)), at, at, at, until);
    }

    /** How many reconciliations of the month completed (each is its own job instance: a run number). */
    public int completedReconciliations(String jobName, String month) {
        Integer n = jdbc.queryForObject("SELECT COUNT(DISTINCT e.JOB_INSTANCE_ID) FROM BATCH_JOB_EXECUTION e "
                + "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
                + "JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
                + "WHERE i.JOB_NAME = ? AND p.PARAMETER_NAME = 'month' AND p.PARAMETER_VALUE = ? AND e.STATUS = 'COMPLETED'",
                Integer.class, jobName, month);
        return n == null ? 0 : n;
    }

    private static Payment payment(ResultSet rs) throws SQLException {
        return new Payment(rs.getString(1), Sql.date(rs, 2), Money.orZero(rs.getBigDecimal(3)));
    }

    private BigDecimal sum(String sql, Object... args) {
        return Money.orZero(jdbc.queryForObject(sql, BigDecimal.class, args));
    }
}
