package com.aobsettlement.era;

import com.aobsettlement.domain.EraClaim;
import com.aobsettlement.domain.EraTransaction;
import com.aobsettlement.domain.Money;
import com.aobsettlement.domain.ReasonCode;
import com.aobsettlement.store.EraStore;
import com.aobsettlement.store.EraStore.PaymentAmounts;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What becomes of each claim payment of a balanced transaction, decided before anything of it is
 * posted (DOMAIN.md §5.1):
 * <ul>
 *   <li>CLP02 23 (forwarded to another payer) and 25 (predetermination pricing only) are no payment:
 *   no remittance, one exception row each ({@link #NO_PAYMENT}); the rest of the transaction posts;</li>
 *   <li>a claim payment already posted under the same key (claim, CLP02, trace, payer claim control
 *   number), earlier or earlier in this transaction, with the same CLP03, CLP04 and CLP05 is a
 *   duplicate (ERA_DUPLICATE, not posted again);</li>
 *   <li>with other amounts it is a conflict: the whole transaction is quarantined (ERA_CONFLICT),
 *   never a payment dropped silently.</li>
 * </ul>
 */
final class EraClaimPayments {
    /** The CLP02 codes that are valid but no payment of the claim, with their reason. */
    static final Map<String, ReasonCode> NO_PAYMENT = Map.of("23", ReasonCode.ERA_FORWARDED, "25", ReasonCode.ERA_PREDETERMINATION);
    private static final int SLICE = 1000;

    /** The conflict (null when none) and the claims (0-based in the transaction) not to post again. */
    record Plan(String conflict, BitSet duplicates) {
        boolean duplicate(int claim) {
            return duplicates.get(claim);
        }
    }

    private EraClaimPayments() {
    }

    /** {@code stored}: the payments already posted for some claim numbers, by key ({@link EraStore#payments}). */
    static Plan plan(EraTransaction t, Function<Collection<String>, Map<String, List<PaymentAmounts>>> stored) {
        BitSet duplicates = new BitSet();
        Map<String, Integer> earlier = new HashMap<>();
        List<EraClaim> all = t.claims();
        for (int from = 0; from < all.size(); from += SLICE) {
            List<EraClaim> slice = all.subList(from, Math.min(all.size(), from + SLICE));
            Map<String, List<PaymentAmounts>> posted = stored.apply(slice.stream().map(EraClaim::claimNumber).distinct().toList());
            for (int k = 0; k < slice.size(); k++) {
                EraClaim c = slice.get(k);
                if (NO_PAYMENT.containsKey(c.status())) {
                    continue;
                }
                String key = EraStore.paymentKey(c.claimNumber(), c.status(), t.eftTrace(), c.payerClaimControl());
                PaymentAmounts amounts = amounts(c);
                List<PaymentAmounts> before = posted.get(key);
                Integer inThis = earlier.putIfAbsent(key, from + k);
                if (before != null) {
                    if (before.stream().noneMatch(amounts::same)) {
                        return new Plan(conflict(t, c, amounts, before.get(0), "posted before"), duplicates);
                    }
                    duplicates.set(from + k);
                } else if (inThis != null) {
                    PaymentAmounts first = amounts(all.get(inThis));
                    if (!first.same(amounts)) {
                        return new Plan(conflict(t, c, amounts, first, "earlier in this transaction (segment "
                                + all.get(inThis).segment() + ")"), duplicates);
                    }
                    duplicates.set(from + k);
                }
            }
        }
        return new Plan(null, duplicates);
    }

    private static PaymentAmounts amounts(EraClaim c) {
        return new PaymentAmounts(c.charge(), c.paid(), c.patientResponsibility());
    }

    private static String conflict(EraTransaction t, EraClaim c, PaymentAmounts found, PaymentAmounts expected, String where) {
        return "segment " + c.segment() + " (CLP): claim " + c.claimNumber() + " status " + c.status() + " (trace "
                + t.eftTrace() + ", payer claim control " + (c.payerClaimControl() == null ? "" : c.payerClaimControl())
                + ") has CLP03 " + Money.format(found.charge()) + " CLP04 " + Money.format(found.paid()) + " CLP05 "
                + Money.format(found.patientResponsibility()) + ", but the claim payment " + where + " under the same trace, "
                + "claim, payer claim control number and status has CLP03 " + Money.format(expected.charge()) + " CLP04 "
                + Money.format(expected.paid()) + " CLP05 " + Money.format(expected.patientResponsibility())
                + "; a conflict, not a duplicate";
    }
}
