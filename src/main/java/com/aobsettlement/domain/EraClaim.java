package com.aobsettlement.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A CLP loop (2100) as DOMAIN.md §5.1 maps it: claim number (CLP01), status (CLP02), charge (CLP03),
 * paid (CLP04), patient responsibility (CLP05, 0 when empty), payer claim control number (CLP07),
 * interest (AMT*I, 0 when absent), claim-level CAS and service lines. Amounts are as sent: a
 * reversal (CLP02 = 22) carries them negated. Nothing about the patient is read (NM1 is skipped).
 */
public record EraClaim(int index, int segment, String claimNumber, String status, BigDecimal charge, BigDecimal paid,
                       BigDecimal patientResponsibility, String payerClaimControl, BigDecimal interest,
                       List<EraAdjustment> adjustments, List<EraServiceLine> lines) {

    /** Σ CAS amounts, claim and line level. */
    public BigDecimal adjustmentTotal() {
        BigDecimal sum = BigDecimal.ZERO;
        for (EraAdjustment a : adjustments) {
            sum = sum.add(a.amount());
        }
        for (EraServiceLine line : lines) {
            for (EraAdjustment a : line.adjustments()) {
                sum = sum.add(a.amount());
            }
        }
        return sum;
    }
}
