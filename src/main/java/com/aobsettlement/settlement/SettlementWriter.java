package com.aobsettlement.settlement;

import com.aobsettlement.domain.ClaimStatus;
import com.aobsettlement.domain.Dispute;
import com.aobsettlement.domain.LedgerDelta;
import com.aobsettlement.domain.Settlement;
import com.aobsettlement.domain.SettlementResult;
import com.aobsettlement.store.ClaimStore;
import com.aobsettlement.store.DisputeStore;
import com.aobsettlement.store.DisputeStore.ClaimDispute;
import com.aobsettlement.store.ExceptionStore;
import com.aobsettlement.store.ExceptionStore.ExceptionRow;
import com.aobsettlement.store.ProviderTotalsStore;
import com.aobsettlement.store.ProviderTotalsStore.ProviderTotal;
import com.aobsettlement.store.RemittanceStore;
import com.aobsettlement.store.SettlementStore;
import com.aobsettlement.store.SettlementStore.LedgerEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes one chunk in its transaction (DOMAIN.md §6.4): settlements, ledger deltas, disputes,
 * exceptions, the claims' new status, the remittances now included, and the chunk's share of the
 * provider totals, and its rows of settlements.csv ({@link SettlementReportPart}). Claim state changes take
 * one statement per status, not one per claim. One per partition (step scope).
 *
 * <p>The providers whose percentage fee the calculator withheld by federal rule (DOMAIN.md §7.6) are
 * kept in the partition's execution context, committed with the chunk, for the report step's one
 * FEE_NOT_ALLOWED exception per provider and run ({@link FeeNotAllowedExceptions}).
 */
public class SettlementWriter implements ItemWriter<SettlementOutcome> {
    private final ClaimStore claims;
    private final RemittanceStore remittances;
    private final SettlementStore settlements;
    private final DisputeStore disputes;
    private final ExceptionStore exceptions;
    private final ProviderTotalsStore providerTotals;
    private final LocalDate businessDate;
    private final SettlementReportPart reportPart;
    private final StepExecution stepExecution;
    private final Set<String> feeWithheldProviders;

    public SettlementWriter(ClaimStore claims, RemittanceStore remittances, SettlementStore settlements,
                            DisputeStore disputes, ExceptionStore exceptions, ProviderTotalsStore providerTotals,
                            LocalDate businessDate, SettlementReportPart reportPart, StepExecution stepExecution) {
        this.claims = claims;
        this.remittances = remittances;
        this.settlements = settlements;
        this.disputes = disputes;
        this.exceptions = exceptions;
        this.providerTotals = providerTotals;
        this.businessDate = businessDate;
        this.reportPart = reportPart;
        this.stepExecution = stepExecution;
        this.feeWithheldProviders = FeeNotAllowedExceptions.providers(stepExecution.getExecutionContext());
    }

    @Override
    public void write(Chunk<? extends SettlementOutcome> chunk) {
        List<Settlement> rows = new ArrayList<>();
        List<LedgerEntry> ledger = new ArrayList<>();
        List<ClaimDispute> changedDisputes = new ArrayList<>();
        List<ExceptionRow> exceptionRows = new ArrayList<>();
        Map<ClaimStatus, List<Long>> idsByStatus = new EnumMap<>(ClaimStatus.class);
        List<Long> settledIds = new ArrayList<>();
        Map<String, ProviderTotal> totals = new TreeMap<>();

        for (SettlementOutcome outcome : chunk) {
            if (outcome.exception() != null) {
                exceptionRows.add(outcome.exception());
                continue;
            }
            SettlementResult result = outcome.result();
            Settlement s = result.settlement();
            rows.add(s);
            settledIds.add(s.claimId());
            idsByStatus.computeIfAbsent(s.status(), k -> new ArrayList<>()).add(s.claimId());
            LedgerDelta delta = result.ledgerDelta();
            if (!delta.isZero()) {
                ledger.add(new LedgerEntry(s.claimId(), s.providerNpi(), businessDate, delta));
            }
            for (Dispute d : result.changedDisputes()) {
                changedDisputes.add(new ClaimDispute(s.claimId(), s.claimNumber(), d));
            }
            totals.merge(s.providerNpi(), new ProviderTotal(s.providerNpi(), 1, delta.collected(), delta.fee(),
                    delta.netToProvider()), SettlementWriter::sum);
            if (result.feeWithheldByRule() && feeWithheldProviders.add(s.providerNpi())) {
                FeeNotAllowedExceptions.save(feeWithheldProviders, stepExecution.getExecutionContext());
            }
        }
        long jobExecutionId = stepExecution.getJobExecutionId();

        settlements.insert(rows, jobExecutionId);
        settlements.insertLedger(ledger);
        disputes.save(changedDisputes);
        exceptions.insert(exceptionRows, jobExecutionId);
        remittances.markSettled(settledIds, businessDate);
        claims.updateStatuses(idsByStatus, businessDate);
        providerTotals.add(businessDate, new ArrayList<>(totals.values()));
        reportPart.append(rows);
    }

    private static ProviderTotal sum(ProviderTotal a, ProviderTotal b) {
        return new ProviderTotal(a.providerNpi(), a.claims() + b.claims(), a.collected().add(b.collected()),
                a.fee().add(b.fee()), a.netToProvider().add(b.netToProvider()));
    }
}
