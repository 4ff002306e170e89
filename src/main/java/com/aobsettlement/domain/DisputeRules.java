package com.aobsettlement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dispute lifecycle of one claim in one run (DOMAIN.md §6.3 last paragraph, §7.4, §7.5):
 * first an open dispute past its respond_by expires; then an active dispute whose condition no
 * longer holds is resolved; then each dispute the position calls for is updated in place, or
 * opened unless its kind expired before (the right is lost) or was closed by a staff action with
 * no remittance since.
 */
public final class DisputeRules {
    /** Kinds whose respond_by is fixed when they open and not moved by later runs. */
    private static final Set<DisputeKind> FIXED_RESPOND_BY = EnumSet.of(DisputeKind.OVERPAYMENT, DisputeKind.NSA_IDR);

    private final BusinessCalendar calendar;

    public DisputeRules(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * @param existing        all disputes of the claim, any status
     * @param wanted          the disputes the claim's position calls for on {@code d}
     * @param latestRemitDate the latest paid_on (≤ d) among the claim's remittances, or null
     * @return the disputes opened or changed, each once, in a stable order
     */
    public List<Dispute> apply(List<Dispute> existing, List<DisputeClaim> wanted, LocalDate d, LocalDate latestRemitDate) {
        List<Dispute> current = new ArrayList<>(existing);
        Map<Integer, Dispute> changed = new LinkedHashMap<>();
        List<Dispute> opened = new ArrayList<>();

        for (int i = 0; i < current.size(); i++) {
            Dispute dispute = current.get(i);
            if (dispute.status() == DisputeStatus.OPEN && dispute.respondBy() != null && dispute.respondBy().isBefore(d)) {
                replace(current, changed, i, dispute.withStatus(DisputeStatus.EXPIRED, d));
            }
        }

        List<DisputeClaim> claims = new ArrayList<>(wanted);
        boolean hasIdr = current.stream().anyMatch(x -> x.kind() == DisputeKind.NSA_IDR);
        for (int w = 0; w < claims.size(); w++) {
            DisputeClaim claim = claims.get(w);
            if (claim.kind() != DisputeKind.NSA_NEGOTIATION) {
                continue;
            }
            if (hasIdr) {
                // Once a claim has an IDR dispute it takes the place of negotiation (§7.4).
                claims.set(w, new DisputeClaim(DisputeKind.NSA_IDR, claim.amount(), null));
                continue;
            }
            int negotiation = indexOfActive(current, DisputeKind.NSA_NEGOTIATION);
            if (negotiation >= 0) {
                Dispute n = current.get(negotiation);
                if (n.status() == DisputeStatus.IN_PROGRESS && n.respondBy() != null && n.respondBy().isBefore(d)) {
                    // Negotiation ended without agreement: IDR may be initiated within 4 business days (45 CFR 149.510(b)(2)(i)).
                    replace(current, changed, negotiation, n.withStatus(DisputeStatus.RESOLVED, d));
                    claims.set(w, new DisputeClaim(DisputeKind.NSA_IDR, claim.amount(),
                            calendar.add(n.respondBy(), SettlementCalculator.NSA_IDR_BUSINESS_DAYS, DayKind.BUSINESS)));
                }
            }
        }

        Set<DisputeKind> wantedKinds = EnumSet.noneOf(DisputeKind.class);
        claims.forEach(c -> wantedKinds.add(c.kind()));
        for (int i = 0; i < current.size(); i++) {
            Dispute dispute = current.get(i);
            if (dispute.isActive() && !wantedKinds.contains(dispute.kind())) {
                replace(current, changed, i, dispute.withStatus(DisputeStatus.RESOLVED, d));
            }
        }

        for (DisputeClaim claim : claims) {
            int active = indexOfActive(current, claim.kind());
            if (active >= 0) {
                Dispute dispute = current.get(active);
                boolean keepDate = dispute.status() == DisputeStatus.IN_PROGRESS || FIXED_RESPOND_BY.contains(claim.kind());
                java.time.LocalDate respondBy = keepDate ? dispute.respondBy() : claim.respondBy();
                if (dispute.amount().compareTo(claim.amount()) != 0 || !java.util.Objects.equals(respondBy, dispute.respondBy())) {
                    replace(current, changed, active, dispute.withAmountAndRespondBy(claim.amount(), respondBy, d));
                }
                continue;
            }
            if (!mayOpen(current, claim.kind(), latestRemitDate)) {
                continue;
            }
            Dispute fresh = Dispute.open(claim.kind(), claim.amount(), d, claim.respondBy());
            if (fresh.respondBy() != null && fresh.respondBy().isBefore(d)) {
                fresh = fresh.withStatus(DisputeStatus.EXPIRED, d); // found with its right already lost
            }
            opened.add(fresh);
        }

        List<Dispute> result = new ArrayList<>(changed.values());
        result.addAll(opened);
        return result;
    }

    /** Days the payer has to decide an appeal (29 CFR 2560.503-1(i)(2)(iii)(A); 42 CFR 405.950(a)). */
    public static final int APPEAL_DECISION_DAYS = 60;

    /**
     * Applies a staff action to the claim's active dispute of its kind (DOMAIN.md §7.5), as the run
     * of {@code runDate} does before settling.
     */
    public Dispute applyAction(Dispute active, DisputeAction action, LocalDate actionDate, LocalDate runDate) {
        return switch (action) {
            case APPEAL_FILED -> active.inProgress(actionDate.plusDays(APPEAL_DECISION_DAYS), runDate);
            case NEGOTIATION_STARTED -> active.inProgress(
                    calendar.nthBusinessDay(actionDate, SettlementCalculator.NSA_NEGOTIATION_BUSINESS_DAYS), runDate);
            case IDR_INITIATED -> active.inProgress(null, runDate);
            case REFUND_SENT, RESOLVED -> active.closedByAction(DisputeStatus.RESOLVED, actionDate, runDate);
            case WITHDRAWN -> active.closedByAction(DisputeStatus.WITHDRAWN, actionDate, runDate);
        };
    }

    private static boolean mayOpen(List<Dispute> current, DisputeKind kind, LocalDate latestRemitDate) {
        for (Dispute dispute : current) {
            if (dispute.kind() != kind) {
                continue;
            }
            if (dispute.status() == DisputeStatus.EXPIRED) {
                return false;
            }
            boolean closedByAction = dispute.actionDate() != null
                    && (dispute.status() == DisputeStatus.RESOLVED || dispute.status() == DisputeStatus.WITHDRAWN);
            if (closedByAction && (latestRemitDate == null || !latestRemitDate.isAfter(dispute.actionDate()))) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfActive(List<Dispute> current, DisputeKind kind) {
        for (int i = 0; i < current.size(); i++) {
            if (current.get(i).kind() == kind && current.get(i).isActive()) {
                return i;
            }
        }
        return -1;
    }

    private static void replace(List<Dispute> current, Map<Integer, Dispute> changed, int index, Dispute updated) {
        current.set(index, updated);
        changed.put(index, updated);
    }
}
