package com.aobsettlement.era;

import com.aobsettlement.domain.EraEnvelope;
import com.aobsettlement.domain.EraClaim;
import com.aobsettlement.domain.EraTransaction;
import com.aobsettlement.domain.ReasonCode;
import com.aobsettlement.store.ClaimStore;
import com.aobsettlement.store.EraStore;
import com.aobsettlement.store.ExceptionStore;
import com.aobsettlement.store.ExceptionStore.ExceptionRow;
import com.aobsettlement.store.NewRemittance;
import com.aobsettlement.store.RemittanceStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Posts or quarantines each transaction, in the chunk's database transaction together with its
 * era_transactions row (what makes a restart exactly-once) and the reader's checkpoint. Posting a
 * transaction: its payment (era_payments), one remittance per claim (matched to the claim, or kept
 * as unmatched money with ERA_UNKNOWN_CLAIM; a claim payment seen before is ERA_DUPLICATE and not
 * posted), service lines, adjustments and PLB; the claims that got money are pending again.
 */
public class EraWriter implements ItemStreamWriter<EraWork>, StepExecutionListener {
    private static final Logger log = LoggerFactory.getLogger(EraWriter.class);
    static final String SOURCE = "era";
    private static final int SLICE = 1000;
    /** Notes kept for the summary (the execution context is a TEXT column); the counts cover the rest. */
    private static final int NOTES = 40;

    private final EraStore era;
    private final ClaimStore claims;
    private final RemittanceStore remittances;
    private final ExceptionStore exceptions;
    private final EraQuarantine quarantine;
    private EraCounts counts = new EraCounts();
    private long jobExecutionId;

    public EraWriter(EraStore era, ClaimStore claims, RemittanceStore remittances, ExceptionStore exceptions,
                     EraQuarantine quarantine) {
        this.era = era;
        this.claims = claims;
        this.remittances = remittances;
        this.exceptions = exceptions;
        this.quarantine = quarantine;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        jobExecutionId = stepExecution.getJobExecutionId();
    }

    @Override
    public void open(ExecutionContext context) {
        counts = EraCounts.from(context);
    }

    @Override
    public void update(ExecutionContext context) {
        counts.saveTo(context);
    }

    @Override
    public void write(Chunk<? extends EraWork> chunk) {
        for (EraWork work : chunk) {
            if (work instanceof EraWork.FileSkipped s) {
                counts.filesRead++;
                counts.filesSkipped++;
                note(s.file().getFileName() + ": skipped, already imported (same content as " + s.previousFile() + ")");
            } else if (work instanceof EraWork.FileRefused r) {
                refuse(r);
            } else if (work instanceof EraWork.TransactionDecided d) {
                transaction(d);
            } else if (work instanceof EraWork.FileDone f) {
                counts.filesRead++;
                era.recordFile(f.sha256(), f.file().getFileName().toString(), false, jobExecutionId);
            } else {
                throw new IllegalStateException("unexpected item " + work.getClass().getSimpleName());
            }
        }
    }

    private void note(String note) {
        if (counts.notes.size() < NOTES) {
            counts.notes.add(note.length() > 300 ? note.substring(0, 299) + "…" : note);
        }
    }

    private void refuse(EraWork.FileRefused r) {
        String name = r.file().getFileName().toString();
        Path saved = quarantine.saveFile(r.file(), r.sha256(), ReasonCode.ERA_SYNTAX);
        era.insertQuarantine(name, r.sha256(), null, ReasonCode.ERA_SYNTAX.name(), r.problem(), saved.toString(), null, null,
                null, jobExecutionId);
        exceptions.insert(List.of(new ExceptionRow(SOURCE, name, ReasonCode.ERA_SYNTAX, r.problem()
                + "; the file is in quarantine as " + saved.getFileName())), jobExecutionId);
        era.recordFile(r.sha256(), name, true, jobExecutionId);
        counts.filesRead++;
        counts.filesQuarantined++;
        note(name + ": quarantined whole (ERA_SYNTAX): " + r.problem());
        log.info("ERA file {} quarantined: {}", name, r.problem());
    }

    private void transaction(EraWork.TransactionDecided d) {
        EraTransaction t = d.transaction();
        EraEnvelope env = t.envelope();
        Optional<EraStore.TransactionState> before = era.transaction(env.sha256(), env.ordinal());
        if (before.isPresent() && (before.get().posted()
                || !ReasonCode.ERA_UNKNOWN_PAYER.name().equals(before.get().reasonCode()))) {
            counts.transactionsAlreadyDone++;
            return;
        }
        if (d.reason() != null) {
            if (before.isEmpty()) {
                quarantine(d);
            }
            counts.quarantined(d.reason().name());
            return;
        }
        long id = before.isPresent() ? before.get().id() : era.insertTransaction(t, d.payerCode(), d.eraPayerId(), "POSTED", null,
                jobExecutionId);
        if (before.isPresent()) {
            era.markPosted(id, d.payerCode(), jobExecutionId);
        }
        post(t, d.payerCode(), d.eraPayerId(), id);
    }

    private void quarantine(EraWork.TransactionDecided d) {
        EraTransaction t = d.transaction();
        EraEnvelope env = t.envelope();
        Path saved = quarantine.saveTransaction(d.file(), env, d.reason());
        era.insertTransaction(t, null, d.eraPayerId(), "QUARANTINED", d.reason().name(), jobExecutionId);
        era.insertQuarantine(env.fileName(), env.sha256(), env.ordinal(), d.reason().name(), d.message(), saved.toString(),
                t.eftTrace(), d.eraPayerId(), t.payment(), jobExecutionId);
        exceptions.insert(List.of(new ExceptionRow(SOURCE, env.ref(env.firstSegment()), d.reason(), env.controlRef() + ": "
                + d.message() + "; nothing of it is posted; it is in quarantine as " + saved.getFileName())), jobExecutionId);
        log.info("ERA transaction {} of {} quarantined ({}): {}", env.controlRef(), env.fileName(), d.reason(), d.message());
    }

    private void post(EraTransaction t, String payerCode, String eraPayerId, long transactionId) {
        EraEnvelope env = t.envelope();
        String fileName = env.fileName();
        era.resolveQuarantine(env.sha256(), env.ordinal(), t.eftTrace(), t.payerIdText(), t.payment());
        era.insertPaymentOnce(t, payerCode, eraPayerId, env.ref(env.firstSegment()), jobExecutionId);
        if (t.paidOnFromProductionDate()) {
            counts.datesFromProduction++;
        }
        List<EraClaim> all = t.claims();
        for (int from = 0; from < all.size(); from += SLICE) {
            List<EraClaim> slice = all.subList(from, Math.min(all.size(), from + SLICE));
            List<String> numbers = slice.stream().map(EraClaim::claimNumber).distinct().toList();
            Map<String, Long> ids = claims.idsByNumber(numbers);
            Set<String> seen = era.paymentKeys(numbers);
            List<NewRemittance> rows = new ArrayList<>();
            List<EraClaim> posted = new ArrayList<>();
            List<ExceptionRow> problems = new ArrayList<>();
            Map<Long, java.time.LocalDate> touched = new HashMap<>();
            for (EraClaim c : slice) {
                String ref = env.ref(c.segment());
                if (!seen.add(EraStore.paymentKey(c.claimNumber(), c.status(), t.eftTrace(), c.payerClaimControl()))) {
                    problems.add(new ExceptionRow(SOURCE, ref, ReasonCode.ERA_DUPLICATE, "claim " + c.claimNumber()
                            + " status " + c.status() + ": the same claim payment (trace " + t.eftTrace()
                            + ", payer claim control " + c.payerClaimControl() + ") was posted before; not posted again"));
                    counts.claimsDuplicate++;
                    continue;
                }
                Long claimId = ids.get(c.claimNumber());
                if (claimId == null) {
                    problems.add(new ExceptionRow(SOURCE, ref, ReasonCode.ERA_UNKNOWN_CLAIM, "claim " + c.claimNumber()
                            + " is not known; " + c.paid().toPlainString() + " with trace " + t.eftTrace()
                            + " is kept as unmatched money"));
                    counts.claimsUnmatched++;
                    counts.amountUnmatched = counts.amountUnmatched.add(c.paid());
                } else {
                    touched.put(claimId, t.paidOn());
                    counts.claimsPaid++;
                    counts.amountPosted = counts.amountPosted.add(c.paid());
                }
                posted.add(c);
                rows.add(new NewRemittance(claimId, c.claimNumber(), c.status(), c.charge(), c.paid(),
                        c.patientResponsibility(), c.interest(), t.paidOn(), t.eftTrace(), c.payerClaimControl(), "ERA",
                        fileName, ref + " (tx " + transactionId + " claim " + c.index() + ")"));
            }
            remittances.insert(rows);
            era.insertClaimDetails(transactionId, posted);
            exceptions.insert(problems, jobExecutionId);
            claims.advanceNextRemitOn(touched);
        }
        era.insertProviderAdjustments(transactionId, t);
        counts.transactionsPosted++;
    }

}
