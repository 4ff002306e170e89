package com.aobsettlement.imports;

import com.aobsettlement.domain.ReasonCode;
import com.aobsettlement.store.ClaimStore;
import com.aobsettlement.store.ExceptionStore;
import com.aobsettlement.store.NewRemittance;
import com.aobsettlement.store.RemittanceStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores a chunk of remittances: matched to their claim, or kept as unmatched money with an
 * UNKNOWN_CLAIM exception; the same payment advice twice is a DUPLICATE_REMITTANCE. No claim row is
 * written: a settled claim with a new remittance is pending again from its paid_on because the
 * remittance is not yet settled (the pending query of {@link ClaimStore}).
 */
class RemittanceWriter extends ImportWriter<NewRemittance> {
    private final ClaimStore claims;
    private final RemittanceStore remittances;

    RemittanceWriter(ClaimStore claims, RemittanceStore remittances, ExceptionStore exceptions) {
        super(exceptions, "remittances");
        this.claims = claims;
        this.remittances = remittances;
    }

    @Override
    protected void writeAccepted(List<ImportItem<NewRemittance>> accepted) {
        List<String> numbers = accepted.stream().map(i -> i.value().claimNumber()).distinct().toList();
        Map<String, Long> ids = claims.idsByNumber(numbers);
        Set<String> known = remittances.existingKeys(numbers);
        List<NewRemittance> rows = new ArrayList<>();
        for (ImportItem<NewRemittance> item : accepted) {
            NewRemittance r = item.value();
            String line = "line " + item.records().get(0).line() + ": ";
            if (!known.add(r.dedupKey())) {
                item.reject(new ImportProblem(ReasonCode.DUPLICATE_REMITTANCE, r.sourceRef(), line + "claim " + r.claimNumber()
                        + ": the same payment (status, amount, date, trace) was imported before"));
                continue;
            }
            Long claimId = ids.get(r.claimNumber());
            if (claimId == null) {
                item.note(new ImportProblem(ReasonCode.UNKNOWN_CLAIM, r.sourceRef(), line + "claim " + r.claimNumber()
                        + " is not known; " + r.paidAmount().toPlainString() + " with trace " + r.eftTrace()
                        + " is kept as unmatched money"));
                counts().unmatched();
            }
            rows.add(new NewRemittance(claimId, r.claimNumber(), r.statusCode(), r.chargeAmount(), r.paidAmount(),
                    r.patientResponsibility(), r.interestPaid(), r.paidOn(), r.eftTrace(), r.payerClaimControl(), r.source(),
                    r.sourceFile(), r.sourceRef()));
        }
        remittances.insert(rows);
    }
}
