package com.aobsettlement.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A claim under an AOB with its service lines. patient_ref is deliberately absent: nothing downstream of the import needs it. */
public record Claim(long id, String claimNumber, String providerNpi, String payerCode, Network network,
                    LocalDate serviceDate, Instant authorizedAt, Instant submittedAt, ClaimStatus status,
                    List<ClaimLine> lines) {

    public boolean submitted() {
        return submittedAt != null;
    }

    public BigDecimal billed() {
        return lines.stream().map(ClaimLine::billedAmount).reduce(Money.ZERO, BigDecimal::add);
    }
}
