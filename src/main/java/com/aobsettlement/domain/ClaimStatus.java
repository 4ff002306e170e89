package com.aobsettlement.domain;

import java.util.Arrays;
import java.util.List;

/** A claim's status: PENDING after import, then the outcome of its latest settlement (DOMAIN.md §6.3). */
public enum ClaimStatus {
    PENDING, UNSUBMITTED, AWAITING_PAYMENT, DENIED, DISPUTED, SETTLED, WRITTEN_OFF, REJECTED;

    private static final List<ClaimStatus> FINAL = Arrays.stream(values()).filter(ClaimStatus::isFinal).toList();

    /**
     * Final claims are never read by a settlement run again (DOMAIN.md §6.1): a claim rejected at import, or
     * written off (§6.3: past its filing deadline, nothing more can be collected).
     */
    public boolean isFinal() {
        return this == REJECTED || this == WRITTEN_OFF;
    }

    /** The final statuses, in declaration order: what the query of pending claims leaves out (DOMAIN.md §6.1). */
    public static List<ClaimStatus> finalStatuses() {
        return FINAL;
    }
}
