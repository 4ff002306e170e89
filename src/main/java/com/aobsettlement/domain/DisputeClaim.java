package com.aobsettlement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A dispute the claim's position calls for in this run: its kind, amount and respond-by date (DOMAIN.md §6.3). */
public record DisputeClaim(DisputeKind kind, BigDecimal amount, LocalDate respondBy) {
}
