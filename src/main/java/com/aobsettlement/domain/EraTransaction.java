package com.aobsettlement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One 835 transaction set (ST..SE): the payment (BPR02, paid_on from BPR16), the trace (TRN02), the
 * payer's ids (TRN03, N1*PR N104), the claims and the PLB adjustments. {@code problem} is set, and
 * the rest may be partial, when the transaction does not map (a missing BPR, an amount that is not
 * a number): it is then quarantined with ERA_SYNTAX.
 */
public record EraTransaction(EraEnvelope envelope, BigDecimal payment, LocalDate paidOn, boolean paidOnFromProductionDate,
                             String eftTrace, String trnPayerId, String n1PayerId, List<EraClaim> claims,
                             List<EraProviderAdjustment> providerAdjustments, String problem) {

    /** Σ PLB amounts. */
    public BigDecimal providerAdjustmentTotal() {
        BigDecimal sum = BigDecimal.ZERO;
        for (EraProviderAdjustment p : providerAdjustments) {
            sum = sum.add(p.amount());
        }
        return sum;
    }

    /** Σ CLP04. */
    public BigDecimal paidTotal() {
        BigDecimal sum = BigDecimal.ZERO;
        for (EraClaim c : claims) {
            sum = sum.add(c.paid());
        }
        return sum;
    }

    /** The payer id this transaction names: TRN03, else N1*PR N104. */
    public String payerIdText() {
        return trnPayerId != null && !trnPayerId.isEmpty() ? trnPayerId : n1PayerId;
    }
}
