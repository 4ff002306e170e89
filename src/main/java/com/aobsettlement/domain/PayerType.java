package com.aobsettlement.domain;

/** Payer types of DOMAIN.md §3; each has default rules (§7.1). */
public enum PayerType {
    MEDICARE, MEDICARE_ADVANTAGE, MEDICAID, COMMERCIAL_ERISA, COMMERCIAL_STATE, OTHER;

    /**
     * No Surprises Act rules never apply to federal programs (DOMAIN.md §7.4). Medicare
     * Advantage is a Medicare program, not a group health plan, so it is excluded too.
     */
    public boolean federalProgram() {
        return this == MEDICARE || this == MEDICARE_ADVANTAGE || this == MEDICAID;
    }

    /**
     * Claims on which a billing agent receiving the payment may take no fee tied to amounts billed or
     * collected: Medicare (42 CFR 424.73(b)(3)) and Medicaid (42 CFR 447.10(f)). Medicare Advantage
     * plans are private plans paying under contract, outside those rules.
     */
    public boolean percentageFeeForbiddenToAgents() {
        return this == MEDICARE || this == MEDICAID;
    }
}
