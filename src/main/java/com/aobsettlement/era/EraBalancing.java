package com.aobsettlement.era;

import com.aobsettlement.domain.EraClaim;
import com.aobsettlement.domain.EraTransaction;
import com.aobsettlement.domain.ReasonCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The balancing rules of DOMAIN.md §5.1, per transaction: per claim CLP03 − Σ CAS (claim and line
 * level) = CLP04, then Σ CLP04 − Σ PLB = BPR02. AMT*I is outside the balancing (the interest money
 * travels in PLB L6). The line level (SVC02 − Σ line CAS = SVC03) is not a rule of §5.1 and is not checked.
 */
public final class EraBalancing {
    private static final int LISTED = 3;

    private EraBalancing() {
    }

    public record Failure(ReasonCode reason, String message) {
    }

    public static Optional<Failure> check(EraTransaction t) {
        List<String> claims = new ArrayList<>();
        int failing = 0;
        for (EraClaim c : t.claims()) {
            BigDecimal cas = c.adjustmentTotal();
            BigDecimal expected = c.charge().subtract(cas);
            if (expected.compareTo(c.paid()) != 0) {
                failing++;
                if (claims.size() < LISTED) {
                    claims.add("claim " + c.claimNumber() + " (segment " + c.segment() + "): CLP03 " + plain(c.charge())
                            + " - CAS " + plain(cas) + " = " + plain(expected) + ", but CLP04 is " + plain(c.paid()));
                }
            }
        }
        if (failing > 0) {
            String more = failing > LISTED ? "; and " + (failing - LISTED) + " more claims" : "";
            return Optional.of(new Failure(ReasonCode.ERA_CLAIM_UNBALANCED, failing + " of " + t.claims().size()
                    + " claims do not balance: " + String.join("; ", claims) + more));
        }
        BigDecimal paid = t.paidTotal();
        BigDecimal plb = t.providerAdjustmentTotal();
        BigDecimal expected = paid.subtract(plb);
        if (expected.compareTo(t.payment()) != 0) {
            return Optional.of(new Failure(ReasonCode.ERA_UNBALANCED, "BPR02 is " + plain(t.payment()) + ", but CLP04 "
                    + plain(paid) + " - PLB " + plain(plb) + " = " + plain(expected) + " (" + t.claims().size() + " claims)"));
        }
        return Optional.empty();
    }

    private static String plain(BigDecimal amount) {
        return com.aobsettlement.domain.Money.format(amount);
    }
}
