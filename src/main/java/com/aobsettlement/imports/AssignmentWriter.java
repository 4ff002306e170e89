package com.aobsettlement.imports;

import com.aobsettlement.domain.ReasonCode;
import com.aobsettlement.store.ClaimStore;
import com.aobsettlement.store.ClaimStore.Rejection;
import com.aobsettlement.store.ClaimStore.StoredClaim;
import com.aobsettlement.store.ExceptionStore;
import com.aobsettlement.store.NewClaim;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores a chunk of claims. A claim number already imported is a DUPLICATE_CLAIM unless the new
 * rows only fill its empty submitted_at; a claim rejected before is replaced (DOMAIN.md §4).
 * Rejected claims are kept apart, in rejected_claims, never in the claim tables.
 */
class AssignmentWriter extends ImportWriter<NewClaim> {
    private final ClaimStore claims;
    private final String fileName;

    AssignmentWriter(ClaimStore claims, ExceptionStore exceptions, String fileName) {
        super(exceptions, "assignments");
        this.claims = claims;
        this.fileName = fileName;
    }

    @Override
    protected void writeAccepted(List<ImportItem<NewClaim>> accepted) {
        Map<String, StoredClaim> existing = claims.findByNumbers(accepted.stream().map(i -> i.value().claimNumber()).toList());
        List<NewClaim> fresh = new ArrayList<>();
        Map<Long, Instant> submissions = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (ImportItem<NewClaim> item : accepted) {
            NewClaim claim = item.value();
            String ref = item.records().get(0).ref();
            String line = "line " + item.records().get(0).line() + ": ";
            StoredClaim stored = existing.get(claim.claimNumber());
            if (!seen.add(claim.claimNumber())) {
                item.reject(new ImportProblem(ReasonCode.DUPLICATE_CLAIM, ref, line + "claim " + claim.claimNumber()
                        + " appears twice in " + fileName + "; its rows must be consecutive"));
            } else if (stored == null) {
                fresh.add(claim);
            } else if (stored.claim().submittedAt() == null && claim.submittedAt() != null
                    && stored.claim().sameExceptSubmission(claim)) {
                submissions.put(stored.id(), claim.submittedAt());
            } else {
                item.reject(new ImportProblem(ReasonCode.DUPLICATE_CLAIM, ref, line + "claim " + claim.claimNumber()
                        + " was imported before; a re-import may only fill an empty submitted_at"));
            }
        }
        claims.insert(fresh, fileName);
        claims.fillSubmittedAt(submissions);
        claims.forgetRejections(fresh.stream().map(NewClaim::claimNumber).toList());
    }

    @Override
    protected void writeRejected(List<ImportItem<NewClaim>> rejected) {
        List<Rejection> rejections = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        for (ImportItem<NewClaim> item : rejected) {
            CsvRecord first = item.records().get(0);
            ImportProblem reason = item.problems().get(0);
            String number = first.problem() == null && first.size() > 0 ? first.get(0).trim() : "";
            // A duplicate leaves the stored claim as it is; only a claim not stored is recorded as REJECTED.
            if (!number.isEmpty() && number.length() <= 50 && reason.reason() != ReasonCode.DUPLICATE_CLAIM && numbers.add(number)) {
                rejections.add(new Rejection(number, reason.reason().name(), fileName, first.line()));
            }
        }
        if (!rejections.isEmpty()) {
            Set<String> stored = claims.idsByNumber(numbers).keySet();
            claims.recordRejections(rejections.stream().filter(r -> !stored.contains(r.claimNumber())).toList());
        }
    }
}
