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
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * as unmatched money with ERA_UNKNOWN_CLAIM), service lines, adjustments and PLB. No claim row is
 * written: a settled claim that got money is pending again through its unsettled remittance.
 * {@link EraClaimPayments} decides first which claims are no payment (CLP02 23, 25), which were posted
 * before (ERA_DUPLICATE) and whether one conflicts (ERA_CONFLICT: the transaction is quarantined instead).
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
            } else if (work instanceof EraWork.InterchangeRefused i) {
                refuseInterchange(i);
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

    /**
     * One interchange of a file quarantined whole (its envelope is not sound), the others read: its bytes
     * as they are, one exception row, and an era_transactions row per transaction set in it, so that the
     * file counts as PARTIAL and nothing of it is ever posted from this file.
     */
    private void refuseInterchange(EraWork.InterchangeRefused r) {
        String name = r.file().getFileName().toString();
        String quarantineName = EraQuarantine.interchangeName(r.file(), r.sha256(), r.interchange(), ReasonCode.ERA_SYNTAX);
        if (era.hasQuarantine(r.sha256(), quarantineName)) {
            counts.transactionsAlreadyDone += r.transactions().size();
            return;
        }
        Path saved = quarantine.saveInterchange(r.file(), r.sha256(), r.interchange(), r.start(), r.end(), ReasonCode.ERA_SYNTAX);
        era.insertQuarantine(name, r.sha256(), null, ReasonCode.ERA_SYNTAX.name(), r.problem(), saved.toString(), null, null, null,
                jobExecutionId);
        for (EraEnvelope env : r.transactions()) {
            era.insertTransaction(new EraTransaction(env, null, null, false, null, null, null, List.of(), List.of(), r.problem()),
                    null, null, "QUARANTINED", ReasonCode.ERA_SYNTAX.name(), jobExecutionId);
            counts.quarantined(ReasonCode.ERA_SYNTAX.name());
        }
        exceptions.insert(List.of(new ExceptionRow(SOURCE, name + ":segment " + r.isaSegment(), ReasonCode.ERA_SYNTAX,
                "interchange " + r.interchange() + " (ISA13 " + r.isa13() + "): " + r.problem() + "; nothing of it ("
                        + r.transactions().size() + " transaction sets) is posted; it is in quarantine as " + saved.getFileName())),
                jobExecutionId);
        counts.interchangesQuarantined++;
        note(name + ": interchange " + r.interchange() + " (ISA13 " + r.isa13() + ") quarantined whole (ERA_SYNTAX): " + r.problem());
        log.info("ERA interchange {} of {} quarantined: {}", r.interchange(), name, r.problem());
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
                quarantine(d, null);
            }
            counts.quarantined(d.reason().name());
            return;
        }
        EraClaimPayments.Plan plan = EraClaimPayments.plan(t, era::payments);
        if (plan.conflict() != null) {
            quarantine(new EraWork.TransactionDecided(d.file(), t, null, d.eraPayerId(), ReasonCode.ERA_CONFLICT, plan.conflict()),
                    before.map(EraStore.TransactionState::id).orElse(null));
            counts.quarantined(ReasonCode.ERA_CONFLICT.name());
            return;
        }
        long id = before.isPresent() ? before.get().id() : era.insertTransaction(t, d.payerCode(), d.eraPayerId(), "POSTED", null,
                jobExecutionId);
        if (before.isPresent()) {
            era.markPosted(id, d.payerCode(), jobExecutionId);
        }
        post(t, d.payerCode(), d.eraPayerId(), id, plan);
    }

    /** {@code existingId}: the transaction's row from an earlier attempt (unknown payer then), else null. */
    private void quarantine(EraWork.TransactionDecided d, Long existingId) {
        EraTransaction t = d.transaction();
        EraEnvelope env = t.envelope();
        Path saved = quarantine.saveTransaction(d.file(), env, d.reason());
        if (existingId == null) {
            era.insertTransaction(t, null, d.eraPayerId(), "QUARANTINED", d.reason().name(), jobExecutionId);
        } else {
            era.markQuarantined(existingId, d.reason().name(), jobExecutionId);
        }
        era.insertQuarantine(env.fileName(), env.sha256(), env.ordinal(), d.reason().name(), d.message(), saved.toString(),
                t.eftTrace(), d.eraPayerId(), t.payment(), jobExecutionId);
        exceptions.insert(List.of(new ExceptionRow(SOURCE, env.ref(env.firstSegment()), d.reason(), env.controlRef() + ": "
                + d.message() + "; nothing of it is posted; it is in quarantine as " + saved.getFileName())), jobExecutionId);
        log.info("ERA transaction {} of {} quarantined ({}): {}", env.controlRef(), env.fileName(), d.reason(), d.message());
    }

    private void post(EraTransaction t, String payerCode, String eraPayerId, long transactionId, EraClaimPayments.Plan plan) {
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
            List<NewRemittance> rows = new ArrayList<>();
            List<EraClaim> posted = new ArrayList<>();
            List<ExceptionRow> problems = new ArrayList<>();
            for (int k = 0; k < slice.size(); k++) {
                EraClaim c = slice.get(k);
                String ref = env.ref(c.segment());
                ReasonCode noPayment = EraClaimPayments.NO_PAYMENT.get(c.status());
                if (noPayment != null) {
                    // Kept with the payment (its lines and CAS, in the balancing), but no remittance: out of settlement.
                    problems.add(new ExceptionRow(SOURCE, ref, noPayment, "claim " + c.claimNumber() + " status " + c.status()
                            + (noPayment == ReasonCode.ERA_FORWARDED ? ": not this payer's claim, forwarded to another payer"
                            : ": predetermination pricing only") + "; no payment of the claim (CLP04 " + c.paid().toPlainString()
                            + ", trace " + t.eftTrace() + "), no remittance posted"));
                    posted.add(c);
                    if (noPayment == ReasonCode.ERA_FORWARDED) {
                        counts.claimsForwarded++;
                    } else {
                        counts.claimsPredetermination++;
                    }
                    continue;
                }
                if (plan.duplicate(from + k)) {
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
        }
        era.insertProviderAdjustments(transactionId, t);
        counts.transactionsPosted++;
    }

}
