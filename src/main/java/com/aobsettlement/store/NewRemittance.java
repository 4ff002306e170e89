package com.aobsettlement.store;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A remittance to store. {@code claimId} null: money for an unknown claim, kept as unmatched money.
 * {@code source} is CSV or ERA; {@code sourceRef} the file and line or segment position.
 */
public record NewRemittance(Long claimId, String claimNumber, String statusCode, BigDecimal chargeAmount,
                            BigDecimal paidAmount, BigDecimal patientResponsibility, BigDecimal interestPaid,
                            LocalDate paidOn, String eftTrace, String payerClaimControl, String source,
                            String sourceFile, String sourceRef) {

    /** What makes two remittances the same payment advice. */
    public String dedupKey() {
        return String.join("|", claimNumber, statusCode, paidAmount.toPlainString(), paidOn.toString(), eftTrace,
                payerClaimControl == null ? "" : payerClaimControl);
    }
}
