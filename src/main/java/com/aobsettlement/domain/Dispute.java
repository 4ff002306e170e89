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

    /** Closed by a staff action on {@code actionOn}, applied by the run of {@code runDate}. */
    public Dispute closedByAction(DisputeStatus newStatus, LocalDate actionOn, LocalDate runDate) {
        return new Dispute(id, kind, amount, openedOn, respondBy, newStatus, actionOn, actionOn, runDate);
    }

    /** The staff are working on it: the clock stops; respond_by becomes the next date that matters. */
    public Dispute inProgress(LocalDate newRespondBy, LocalDate runDate) {
        return new Dispute(id, kind, amount, openedOn, newRespondBy, DisputeStatus.IN_PROGRESS, null, null, runDate);
    }

    public boolean isActive() {
        return status.isActive();
    }
}
