package com.aobsettlement.domain;

/** Reason codes of exception rows (DOMAIN.md §4, §5, §6.4, §7). */
public enum ReasonCode {
    AOB_AUTHORIZATION_MISSING,
    AOB_AFTER_SUBMISSION,
    AOB_AFTER_SERVICE,
    INVALID_NPI,
    UNKNOWN_PROVIDER,
    UNKNOWN_PAYER,
    INVALID_FIELD,
    INCONSISTENT_CLAIM,
    DUPLICATE_CLAIM,
    UNKNOWN_CLAIM,
    DUPLICATE_REMITTANCE,
    PAYER_RULE_INCOMPLETE,
    FEE_NOT_ALLOWED,
    ACTION_WITHOUT_DISPUTE,
    ERA_SYNTAX,
    ERA_UNBALANCED,
    ERA_CLAIM_UNBALANCED,
    ERA_UNKNOWN_PAYER,
    ERA_UNKNOWN_CLAIM,
    ERA_DUPLICATE,
    /** CLP02 23: not the payer's claim, forwarded to another payer; no payment of it (DOMAIN.md §5.1). */
    ERA_FORWARDED,
    /** CLP02 25: predetermination pricing only; no payment (DOMAIN.md §5.1). */
    ERA_PREDETERMINATION,
    /** A claim payment posted before under the same key with other amounts: its transaction is quarantined. */
    ERA_CONFLICT,
    /** A row dated in a month already closed by month-end reconciliation (DOMAIN.md §8 step 7). */
    MONTH_CLOSED
}
