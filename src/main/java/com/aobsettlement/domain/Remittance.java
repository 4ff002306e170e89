package com.aobsettlement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payer's payment advice for one claim; reversals carry negated amounts (DOMAIN.md §5.1). */
public record Remittance(long id, String statusCode, BigDecimal chargeAmount, BigDecimal paidAmount,
                         BigDecimal patientResponsibility, BigDecimal interestPaid, LocalDate paidOn,
                         String eftTrace) {

    public static final String DENIED = "4";
    public static final String REVERSAL = "22";
}
