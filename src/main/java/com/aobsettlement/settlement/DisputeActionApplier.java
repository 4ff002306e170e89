package com.aobsettlement.settlement;

import com.aobsettlement.domain.Dispute;
import com.aobsettlement.domain.DisputeRules;
import com.aobsettlement.domain.FederalHolidayCalendar;
import com.aobsettlement.domain.InputRules;
import com.aobsettlement.domain.ReasonCode;
import com.aobsettlement.store.DisputeActionStore;
import com.aobsettlement.store.DisputeActionStore.StoredAction;
import com.aobsettlement.store.DisputeStore;
import com.aobsettlement.store.DisputeStore.ClaimDispute;
import com.aobsettlement.store.ExceptionStore;
import com.aobsettlement.store.ExceptionStore.ExceptionRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The first step of a settlement run (DOMAIN.md §7.5): applies the staff actions dated on or
 * before the business date that no run has applied yet, in date order, each to the claim's OPEN
 * or IN_PROGRESS dispute of its kind; an action with no such dispute is an ACTION_WITHOUT_DISPUTE
 * exception, one dated before 1990-01-01 (stored before the imports refused it) an INVALID_FIELD one. Runs in one transaction, so a restart applies each action once.
 */
@Component
public class DisputeActionApplier {
    private final DisputeActionStore actions;
    private final DisputeStore disputes;
    private final ExceptionStore exceptions;
    private final DisputeRules rules = new DisputeRules(new FederalHolidayCalendar());

    public DisputeActionApplier(DisputeActionStore actions, DisputeStore disputes, ExceptionStore exceptions) {
        this.actions = actions;
        this.disputes = disputes;
        this.exceptions = exceptions;
    }

    /** @return how many actions were applied to a dispute */
    public int apply(LocalDate businessDate, long jobExecutionId) {
        List<StoredAction> pending = actions.pending(businessDate);
        if (pending.isEmpty()) {
            return 0;
        }
        Map<Long, List<Dispute>> byClaim = disputes.forClaims(pending.stream().map(StoredAction::claimId).distinct().toList());
        Map<Long, ClaimDispute> changed = new LinkedHashMap<>();
        List<ExceptionRow> problems = new ArrayList<>();
        int applied = 0;
        for (StoredAction action : pending) {
            if (StoredDates.isBeforeEarliest(action.actionDate())) {
                // stored before the imports refused such dates (DOMAIN.md §3): not data, so not applied
                problems.add(new ExceptionRow("settlement " + businessDate, action.claimNumber(), ReasonCode.INVALID_FIELD,
                        "claim " + action.claimNumber() + ": " + action.action() + " (" + action.sourceRef() + ") has action_date "
                                + action.actionDate() + ", before " + InputRules.EARLIEST + "; it was not applied"));
                actions.markApplied(action.id(), businessDate, "INVALID_DATE");
                continue;
            }
            List<Dispute> claimDisputes = byClaim.getOrDefault(action.claimId(), new ArrayList<>());
            int index = -1;
            for (int i = 0; i < claimDisputes.size(); i++) {
                if (claimDisputes.get(i).kind() == action.kind() && claimDisputes.get(i).isActive()) {
                    index = i;
                }
            }
            if (index < 0) {
                problems.add(new ExceptionRow("settlement " + businessDate, action.claimNumber(), ReasonCode.ACTION_WITHOUT_DISPUTE,
                        "claim " + action.claimNumber() + ": " + action.action() + " of " + action.actionDate() + " ("
                                + action.sourceRef() + ") found no open " + action.kind() + " dispute; it was not applied"));
                actions.markApplied(action.id(), businessDate, "NO_DISPUTE");
                continue;
            }
            Dispute updated = rules.applyAction(claimDisputes.get(index), action.action(), action.actionDate(), businessDate);
            claimDisputes.set(index, updated);
            changed.put(updated.id(), new ClaimDispute(action.claimId(), action.claimNumber(), updated));
            actions.markApplied(action.id(), businessDate, "APPLIED");
            applied++;
        }
        disputes.save(new ArrayList<>(changed.values()));
        exceptions.insert(problems, jobExecutionId);
        return applied;
    }
}
