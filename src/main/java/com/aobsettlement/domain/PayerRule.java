package com.aobsettlement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

/**
 * One payer row in force, with its type's defaults already applied (DOMAIN.md §3, §7.1). A
 * column that stays null after that is empty everywhere: asking for it raises
 * {@link PayerRuleIncompleteException} naming the column.
 */
public record PayerRule(String payerCode, PayerType payerType, LocalDate effectiveFrom, BigDecimal allowedPct,
                        Integer promptPayDays, DayKind promptPayDayKind, BigDecimal interestApr,
                        Integer appealWindowDays, Period timelyFiling, BigDecimal toleranceAbs,
                        BigDecimal tolerancePct, BigDecimal sequestrationPct, Boolean nsaApplies) {

    /** Fills each empty column from {@code defaults} (a payer type's row). */
    public PayerRule withDefaults(PayerRule defaults) {
        return new PayerRule(payerCode, payerType, effectiveFrom,
                or(allowedPct, defaults.allowedPct), or(promptPayDays, defaults.promptPayDays),
                or(promptPayDayKind, defaults.promptPayDayKind), or(interestApr, defaults.interestApr),
                or(appealWindowDays, defaults.appealWindowDays), or(timelyFiling, defaults.timelyFiling),
                or(toleranceAbs, defaults.toleranceAbs), or(tolerancePct, defaults.tolerancePct),
                or(sequestrationPct, defaults.sequestrationPct), or(nsaApplies, defaults.nsaApplies));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private <T> T need(T value, String column) {
        if (value == null) {
            throw new PayerRuleIncompleteException(payerCode, column,
                    column + " is empty for the payer row in force from " + effectiveFrom
                            + " and has no default for " + payerType);
        }
        return value;
    }

    public BigDecimal needAllowedPct() {
        return need(allowedPct, "allowed_pct");
    }

    public int needPromptPayDays() {
        return need(promptPayDays, "prompt_pay_days");
    }

    public DayKind needPromptPayDayKind() {
        return need(promptPayDayKind, "prompt_pay_day_kind");
    }

    public BigDecimal needInterestApr() {
        return need(interestApr, "interest_apr");
    }

    public int needAppealWindowDays() {
        return need(appealWindowDays, "appeal_window_days");
    }

    public Period needTimelyFiling() {
        return need(timelyFiling, "timely_filing");
    }

    public BigDecimal needToleranceAbs() {
        return need(toleranceAbs, "tolerance_abs");
    }

    public BigDecimal needTolerancePct() {
        return need(tolerancePct, "tolerance_pct");
    }

    public BigDecimal needSequestrationPct() {
        return need(sequestrationPct, "sequestration_pct");
    }

    public boolean needNsaApplies() {
        return need(nsaApplies, "nsa_applies");
    }
}
