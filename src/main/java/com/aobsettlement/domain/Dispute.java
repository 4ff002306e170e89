package com.aobsettlement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A dispute on a claim (DOMAIN.md §6.3, §7.5). {@code id} is null until stored. {@code actionDate}
 * is the date of the staff action that closed it, if one did. {@code changedOn} is the business
 * date of the run (or action) that last changed it.
 */
public record Dispute(Long id, DisputeKind kind, BigDecimal amount, LocalDate openedOn, LocalDate respondBy,
                      DisputeStatus status, LocalDate closedOn, LocalDate actionDate, LocalDate changedOn) {

    public static Dispute open(DisputeKind kind, BigDecimal amount, LocalDate on, LocalDate respondBy) {
        return new Dispute(null, kind, amount, on, respondBy, DisputeStatus.OPEN, null, null, on);
    }

    public Dispute withStatus(DisputeStatus newStatus, LocalDate on) {
        LocalDate closed = newStatus.isActive() ? null : on;
        return new Dispute(id, kind, amount, openedOn, respondBy, newStatus, closed, actionDate, on);
    }

    public Dispute withAmountAndRespondBy(BigDecimal newAmount, LocalDate newRespondBy, LocalDate on) {
        return new Dispute(id, kind, newAmount, openedOn, newRespondBy, status, closedOn, actionDate, on);
    }

    public Dispute closedByAction(DisputeStatus newStatus, LocalDate actionOn) {
        return new Dispute(id, kind, amount, openedOn, respondBy, newStatus, actionOn, actionOn, actionOn);
    }

    public Dispute inProgress(LocalDate newRespondBy, LocalDate actionOn) {
        return new Dispute(id, kind, amount, openedOn, newRespondBy, DisputeStatus.IN_PROGRESS, null, null, actionOn);
    }

    public boolean isActive() {
        return status.isActive();
    }
}
