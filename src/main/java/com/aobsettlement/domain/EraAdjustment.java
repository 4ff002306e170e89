package com.aobsettlement.domain;

import java.math.BigDecimal;

/** One CAS triplet: group (CO, PR, OA, PI, CR), reason code (CARC), amount and quantity (may be null). */
public record EraAdjustment(String group, String reason, BigDecimal amount, BigDecimal quantity) {
}
