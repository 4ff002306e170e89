package com.aobsettlement.domain;

import java.math.BigDecimal;

/** One procedure on a claim (DOMAIN.md §2). */
public record ClaimLine(int lineNo, String procedureCode, int units, BigDecimal billedAmount) {
}
