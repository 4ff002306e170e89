package com.aobsettlement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place that owns the scale and rounding of money (DOMAIN.md §2): amounts are
 * cents, every computed amount is rounded HALF_UP where it is computed.
 */
public final class Money {
    public static final int SCALE = 2;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {
    }

    /** Rounds a computed amount to cents, HALF_UP. */
    public static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** A stored or parsed amount at money scale; null stays null. */
    public static BigDecimal of(BigDecimal value) {
        return value == null ? null : round(value);
    }

    public static BigDecimal of(String text) {
        return round(new BigDecimal(text));
    }

    public static BigDecimal orZero(BigDecimal value) {
        return value == null ? ZERO : round(value);
    }

    public static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static boolean isPositive(BigDecimal value) {
        return value.signum() > 0;
    }

    /** CSV form: plain, two decimals, '.' separator (DOMAIN.md §2). An empty amount is 0.00 (§10). */
    public static String format(BigDecimal value) {
        return orZero(value).toPlainString();
    }
}
