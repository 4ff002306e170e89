package com.aobsettlement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A claim's position as of a business date (DOMAIN.md §6.2, §10). */
public record Settlement(long claimId, String claimNumber, String providerNpi, String payerCode,
                         LocalDate businessDate, ClaimStatus status, BigDecimal billed, BigDecimal allowed,
                         BigDecimal patientResponsibility, BigDecimal payerExpected, BigDecimal payerPaid,
                         BigDecimal underpaid, BigDecimal interestDue, BigDecimal interestPaid,
                         BigDecimal refundReserve, BigDecimal collected, BigDecimal fee, BigDecimal netToProvider,
                         BigDecimal writeOff, LocalDate submittedDate, LocalDate dueDate, LocalDate remitDate,
                         LocalDate appealDeadline, LocalDate filingDeadline) {
}
