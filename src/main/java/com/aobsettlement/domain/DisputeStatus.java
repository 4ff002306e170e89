package com.aobsettlement.domain;

/** Dispute statuses (DOMAIN.md §7.5). */
public enum DisputeStatus {
    OPEN, IN_PROGRESS, RESOLVED, EXPIRED, WITHDRAWN;

    public boolean isActive() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
