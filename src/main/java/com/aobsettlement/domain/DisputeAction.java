package com.aobsettlement.domain;

import java.util.EnumSet;
import java.util.Set;

/** What the staff did about a dispute (DOMAIN.md §5.4, §7.5), and the dispute kinds each action applies to. */
public enum DisputeAction {
    APPEAL_FILED(EnumSet.of(DisputeKind.DENIAL, DisputeKind.UNDERPAYMENT, DisputeKind.LATE_PAYMENT)),
    NEGOTIATION_STARTED(EnumSet.of(DisputeKind.NSA_NEGOTIATION)),
    IDR_INITIATED(EnumSet.of(DisputeKind.NSA_IDR)),
    REFUND_SENT(EnumSet.of(DisputeKind.OVERPAYMENT)),
    RESOLVED(EnumSet.allOf(DisputeKind.class)),
    WITHDRAWN(EnumSet.allOf(DisputeKind.class));

    private final Set<DisputeKind> kinds;

    DisputeAction(Set<DisputeKind> kinds) {
        this.kinds = kinds;
    }

    public boolean appliesTo(DisputeKind kind) {
        return kinds.contains(kind);
    }

    public Set<DisputeKind> kinds() {
        return kinds;
    }
}
