package com.aobsettlement.reconciliation;

import com.aobsettlement.domain.AgingBucket;
import com.aobsettlement.domain.Money;
import com.aobsettlement.domain.MonthEndReport;
import com.aobsettlement.domain.MonthEndReport.Check;
import com.aobsettlement.domain.MonthEndReport.CheckName;
import com.aobsettlement.domain.MonthEndReport.DueDispute;
import com.aobsettlement.domain.MonthEndReport.PayerAging;
import com.aobsettlement.domain.MonthEndReport.ProviderStatement;
import com.aobsettlement.domain.MonthEndReport.Totals;
import com.aobsettlement.domain.Payment;
import com.aobsettlement.domain.PaymentMatcher;
import com.aobsettlement.domain.UnmatchedItem;
import com.aobsettlement.store.LedgerSums;
import com.aobsettlement.store.MonthEndStore;
import com.aobsettlement.store.MonthEndStore.OpenReceivable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Works out the figures of DOMAIN.md §8 steps 1–6 for a month from the stored books. Reads only, so
 * the same books always give the same figures (reconciling twice gives the same files).
 */
@Component
public class MonthEndFigures {
    /** Disputes due: respond_by in the 30 days after month end (DOMAIN.md §8 step 6). */
    static final int DUE_WINDOW_DAYS = 30;

    private final MonthEndStore store;
    public MonthEndFigures(MonthEndStore store) {
        this.store = store;
    }

    /** Step 1: ERA payments and deposits dated in the month that do not match, and money for unknown claims. */
    public List<UnmatchedItem> unmatched(YearMonth month) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        List<UnmatchedItem> items = new ArrayList<>(PaymentMatcher.unmatched(store.eraPayments(from, to), store.deposits(from, to)));
        for (Payment p : store.unknownClaimMoney(from, to)) {
            items.add(new UnmatchedItem(UnmatchedItem.Side.REMITTANCE, p.eftTrace(), p.date(), p.amount(),
                    UnmatchedItem.Reason.UNKNOWN_CLAIM));
        }
        items.sort(PaymentMatcher.ORDER);
        return items;
    }

    /** Steps 1–3 and the ledger against the positions (DOMAIN.md §9): the four rows of reconciliation.csv. */
    public List<Check> checks(YearMonth month) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        List<Check> checks = new ArrayList<>();

        BigDecimal era = sum(store.eraPayments(from, to));
        BigDecimal bank = sum(store.deposits(from, to));
        boolean allMatched = PaymentMatcher.unmatched(store.eraPayments(from, to), store.deposits(from, to)).isEmpty();
        checks.add(new Check(CheckName.ERA_VS_DEPOSITS, era, bank, allMatched && era.compareTo(bank) == 0));

        BigDecimal unknown = sum(store.unknownClaimMoney(from, to));
        BigDecimal posted = store.remittanceMoneyPosted(from, to).add(unknown);
        LedgerSums ledger = store.ledger(from, to);
        BigDecimal ledgerSide = ledger.collected().add(ledger.refundReserve()).add(unknown);
        checks.add(new Check(CheckName.ERA_VS_LEDGER, posted, ledgerSide, posted.compareTo(ledgerSide) == 0));

        LedgerSums totals = store.providerTotals(from, to);
        boolean totalsTie = ledger.collected().compareTo(totals.collected()) == 0 && ledger.fee().compareTo(totals.fee()) == 0
                && ledger.netToProvider().compareTo(totals.netToProvider()) == 0;
        checks.add(new Check(CheckName.LEDGER_VS_PROVIDER_TOTALS, ledger.collected(), totals.collected(), totalsTie));

        LedgerSums ledgerToDate = store.ledger(null, to);
        LedgerSums positions = store.positions(to);
        boolean positionsTie = ledgerToDate.equals(positions) && store.claimsWhoseLedgerDoesNotTie(to) == 0;
        checks.add(new Check(CheckName.LEDGER_VS_SETTLEMENTS, ledgerToDate.collected(), positions.collected(), positionsTie));
        return checks;
    }

    /** Step 4: open receivables by payer and age since submission at month end. */
    public List<PayerAging> aging(YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        Map<String, Map<AgingBucket, BigDecimal>> byPayer = new TreeMap<>();
        Map<String, Integer> claims = new TreeMap<>();
        for (OpenReceivable r : store.openReceivables(end)) {
            long days = r.submittedDate() == null ? 0 : ChronoUnit.DAYS.between(r.submittedDate(), end);
            Map<AgingBucket, BigDecimal> buckets = byPayer.computeIfAbsent(r.payerCode(), k -> newBuckets());
            buckets.merge(AgingBucket.of(days), r.amount(), BigDecimal::add);
            claims.merge(r.payerCode(), r.claims(), Integer::sum);
        }
        List<PayerAging> rows = new ArrayList<>();
        byPayer.forEach((payer, buckets) -> rows.add(new PayerAging(payer, buckets, claims.get(payer))));
        return rows;
    }

    /** Step 5: one statement per provider with anything to state, by NPI. */
    public List<ProviderStatement> providerStatements(YearMonth month) {
        return store.providerMonths(month.atDay(1), month.atEndOfMonth()).stream()
                .map(p -> new ProviderStatement(p.providerNpi(), p.name(), p.claimsSettled(), p.ledger().collected(),
                        p.ledger().fee(), p.ledger().netToProvider(), p.refundReserve(), p.openDisputes(),
                        p.openDisputeAmount()))
                .toList();
    }

    /** Step 6: disputes open at month end with respond_by in the 30 days after it, earliest first. */
    public List<DueDispute> disputesDue(YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        return store.openDisputesDue(end, end.plusDays(DUE_WINDOW_DAYS)).stream()
                .map(d -> new DueDispute(d.claimNumber(), d.kind(), d.amount(), d.respondBy(),
                        ChronoUnit.DAYS.between(end, d.respondBy())))
                .toList();
    }

    /** Everything the files and the summary page show. */
    public MonthEndReport report(YearMonth month, boolean closing) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        List<PayerAging> aging = aging(month);
        LedgerSums ledger = store.ledger(from, to);
        BigDecimal reserve = store.positions(to).refundReserve();
        BigDecimal receivables = aging.stream().map(PayerAging::total).reduce(Money.ZERO, BigDecimal::add);
        return new MonthEndReport(month, closing, store.lastSettlementDate(from, to), checks(month), unmatched(month), aging,
                providerStatements(month), disputesDue(month), store.collectedPerDay(from, to),
                new Totals(ledger.collected(), ledger.fee(), ledger.netToProvider(), reserve, receivables));
    }

    private static Map<AgingBucket, BigDecimal> newBuckets() {
        Map<AgingBucket, BigDecimal> buckets = new EnumMap<>(AgingBucket.class);
        for (AgingBucket b : AgingBucket.values()) {
            buckets.put(b, Money.ZERO);
        }
        return buckets;
    }

    private static BigDecimal sum(List<Payment> payments) {
        return payments.stream().map(Payment::amount).reduce(Money.ZERO, BigDecimal::add);
    }
}
