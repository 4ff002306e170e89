package com.aobsettlement.domain;

/** A claim's status: PENDING after import, then the outcome of its latest settlement (DOMAIN.md §6.3). */
public enum ClaimStatus {
    PENDING, UNSUBMITTED, AWAITING_PAYMENT, DENIED, DISPUTED, SETTLED, WRITTEN_OFF, REJECTED;

    /** Final claims are never read by a settlement run again (DOMAIN.md §6.1). */
    public boolean isFinal() {
        return this == REJECTED || this == WRITTEN_OFF;
    }
}
