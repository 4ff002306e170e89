package com.aobsettlement.imports;

import com.aobsettlement.domain.ReasonCode;
import com.aobsettlement.store.ClaimStore;
import com.aobsettlement.store.DisputeActionStore;
import com.aobsettlement.store.DisputeActionStore.StoredAction;
import com.aobsettlement.store.ExceptionStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Stores staff actions for known claims; an action for a claim that does not exist is an UNKNOWN_CLAIM exception. */
class DisputeActionWriter extends ImportWriter<StoredAction> {
    private final ClaimStore claims;
    private final DisputeActionStore actions;

    DisputeActionWriter(ClaimStore claims, DisputeActionStore actions, ExceptionStore exceptions) {
        super(exceptions, "dispute-actions");
        this.claims = claims;
        this.actions = actions;
    }

    @Override
    protected void writeAccepted(List<ImportItem<StoredAction>> accepted) {
        Map<String, Long> ids = claims.idsByNumber(accepted.stream().map(i -> i.value().claimNumber()).distinct().toList());
        List<StoredAction> rows = new ArrayList<>();
        for (ImportItem<StoredAction> item : accepted) {
            StoredAction a = item.value();
            Long claimId = ids.get(a.claimNumber());
            if (claimId == null) {
                item.reject(new ImportProblem(ReasonCode.UNKNOWN_CLAIM, a.sourceRef(), "line " + item.records().get(0).line()
                        + ": claim " + a.claimNumber() + " is not known; the " + a.action() + " action was not recorded"));
            } else {
                rows.add(new StoredAction(0, claimId, a.claimNumber(), a.kind(), a.action(), a.actionDate(), a.sourceRef()));
            }
        }
        actions.insert(rows);
    }
}
