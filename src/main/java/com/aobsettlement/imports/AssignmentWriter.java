package com.aobsettlement.imports;

import com.aobsettlement.domain.ReasonCode;
import com.aobsettlement.store.ClaimStore;
import com.aobsettlement.store.ClaimStore.Rejection;
import com.aobsettlement.store.ClaimStore.RenderedClaim;
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
import org.springframework.batch.infrastructure.item.ExecutionContext;

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

    /** Most rejected claim numbers an import keeps in memory; above it, every chunk asks the database. */
    static final int REJECTED_IN_MEMORY = 100_000;

    /** The numbers in rejected_claims (a superset: a rolled-back chunk may leave extra), or null for "ask the database". */
    private Set<String> rejectedNumbers;

    @Override
    public void open(ExecutionContext context) {
        super.open(context);
        rejectedNumbers = claims.rejectedNumbers(REJECTED_IN_MEMORY);
        bulkLoads = claims.bulkLoads(); // asked here, on the step's thread: prepare() runs on the read-ahead thread
    }

    private volatile boolean bulkLoads;

    @Override
    protected void writeAccepted(List<ImportItem<NewClaim>> accepted) {
        List<NewClaim> all = new ArrayList<>(accepted.size());
        List<RenderedClaim> rendered = new ArrayList<>(accepted.size());
        for (ImportItem<NewClaim> item : accepted) {
            all.add(item.value());
            rendered.add((RenderedClaim) item.prepared());
        }
        if (claims.insertIfAllNew(all, rendered, fileName)) {
            forgetRejections(all);
            return;
        }
        Map<String, StoredClaim> existing = claims.findByNumbers(accepted.stream().map(i -> i.value().claimNumber()).toList());
        List<NewClaim> fresh = new ArrayList<>(accepted.size());
        Map<Long, Instant> submissions = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (ImportItem<NewClaim> item : accepted) {
            NewClaim claim = item.value();
            StoredClaim stored = existing.isEmpty() ? null : existing.get(claim.claimNumber());
            if (!seen.add(claim.claimNumber())) {
                item.reject(new ImportProblem(ReasonCode.DUPLICATE_CLAIM, ref(item), line(item) + "claim " + claim.claimNumber()
                        + " appears twice in " + fileName + "; its rows must be consecutive"));
            } else if (stored == null) {
                fresh.add(claim);
            } else if (stored.claim().submittedAt() == null && claim.submittedAt() != null
                    && stored.claim().sameExceptSubmission(claim)) {
                submissions.put(stored.id(), claim.submittedAt());
            } else {
                item.reject(new ImportProblem(ReasonCode.DUPLICATE_CLAIM, ref(item), line(item) + "claim " + claim.claimNumber()
                        + " was imported before; a re-import may only fill an empty submitted_at"));
            }
        }
        claims.insert(fresh, fileName);
        claims.fillSubmittedAt(submissions);
        forgetRejections(fresh);
    }

    @Override
    protected void prepare(ImportItem<NewClaim> item) {
        if (bulkLoads) {
            item.prepared(claims.render(item.value(), fileName));
        }
    }

    /** A claim stored now replaces its earlier rejection (DOMAIN.md §4). */
    private void forgetRejections(List<NewClaim> stored) {
        List<String> numbers = new ArrayList<>();
        for (NewClaim claim : stored) {
            if (rejectedNumbers == null || rejectedNumbers.contains(claim.claimNumber())) {
                numbers.add(claim.claimNumber());
            }
        }
        claims.forgetRejections(numbers);
    }

    private static String ref(ImportItem<NewClaim> item) {
        return item.records().get(0).ref();
    }

    private static String line(ImportItem<NewClaim> item) {
        return "line " + item.records().get(0).line() + ": ";
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
            List<Rejection> recorded = rejections.stream().filter(r -> !stored.contains(r.claimNumber())).toList();
            claims.recordRejections(recorded);
            if (rejectedNumbers != null) {
                recorded.forEach(r -> rejectedNumbers.add(r.claimNumber()));
                if (rejectedNumbers.size() > REJECTED_IN_MEMORY) {
                    rejectedNumbers = null;
                }
            }
        }
    }
}
