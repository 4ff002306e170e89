package com.aobsettlement.domain;

import com.aobsettlement.domain.UnmatchedItem.Reason;
import com.aobsettlement.domain.UnmatchedItem.Side;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * ERA ↔ bank (DOMAIN.md §8 step 1): each 835 payment of the month is matched one to one with a
 * deposit of the month with the same trace and amount. What is left over is unmatched: a trace
 * with leftovers on both sides is an AMOUNT_MISMATCH (one row per side), otherwise NO_DEPOSIT or
 * NO_ERA. A payment of 0.00 (a notification) needs no deposit.
 */
public final class PaymentMatcher {
    private PaymentMatcher() {
    }

    /** The unmatched payments and deposits, ERA side first, then by trace, date and amount. */
    public static List<UnmatchedItem> unmatched(List<Payment> eraPayments, List<Payment> deposits) {
        Map<String, List<Payment>> eraByTrace = byTrace(eraPayments.stream().filter(p -> p.amount().signum() != 0).toList());
        Map<String, List<Payment>> depositsByTrace = byTrace(deposits);
        List<UnmatchedItem> unmatched = new ArrayList<>();
        for (String trace : union(eraByTrace, depositsByTrace)) {
            List<Payment> era = new ArrayList<>(eraByTrace.getOrDefault(trace, List.of()));
            List<Payment> bank = new ArrayList<>(depositsByTrace.getOrDefault(trace, List.of()));
            for (Iterator<Payment> it = era.iterator(); it.hasNext(); ) {
                Payment p = it.next();
                for (Iterator<Payment> d = bank.iterator(); d.hasNext(); ) {
                    if (d.next().amount().compareTo(p.amount()) == 0) {
                        d.remove();
                        it.remove();
                        break;
                    }
                }
            }
            boolean mismatch = !era.isEmpty() && !bank.isEmpty();
            era.forEach(p -> unmatched.add(new UnmatchedItem(Side.ERA, trace, p.date(), p.amount(),
                    mismatch ? Reason.AMOUNT_MISMATCH : Reason.NO_DEPOSIT)));
            bank.forEach(p -> unmatched.add(new UnmatchedItem(Side.DEPOSIT, trace, p.date(), p.amount(),
                    mismatch ? Reason.AMOUNT_MISMATCH : Reason.NO_ERA)));
        }
        unmatched.sort(ORDER);
        return unmatched;
    }

    /** unmatched.csv order: side (ERA, DEPOSIT, REMITTANCE), then trace, date and amount. */
    public static final Comparator<UnmatchedItem> ORDER = Comparator.comparing(UnmatchedItem::side)
            .thenComparing(UnmatchedItem::eftTrace).thenComparing(UnmatchedItem::date)
            .thenComparing(UnmatchedItem::amount);

    private static Map<String, List<Payment>> byTrace(List<Payment> payments) {
        Map<String, List<Payment>> byTrace = new TreeMap<>();
        payments.stream().sorted(Comparator.comparing(Payment::date).thenComparing(Payment::amount))
                .forEach(p -> byTrace.computeIfAbsent(p.eftTrace(), k -> new ArrayList<>()).add(p));
        return byTrace;
    }

    private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
        TreeMap<String, Boolean> all = new TreeMap<>();
        a.keySet().forEach(k -> all.put(k, true));
        b.keySet().forEach(k -> all.put(k, true));
        return new ArrayList<>(all.keySet());
    }
}
