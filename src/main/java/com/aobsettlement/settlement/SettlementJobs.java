package com.aobsettlement.settlement;

import com.aobsettlement.batch.FaultInjection;
import com.aobsettlement.AobSettings;
import com.aobsettlement.batch.ProgressListener;
import com.aobsettlement.domain.FederalHolidayCalendar;
import com.aobsettlement.domain.PayerRuleBook;
import com.aobsettlement.domain.SettlementCalculator;
import com.aobsettlement.reports.DailyReportWriter;
import com.aobsettlement.store.ClaimStore;
import com.aobsettlement.store.DisputeStore;
import com.aobsettlement.store.ExceptionStore;
import com.aobsettlement.store.ProviderTotalsStore;
import com.aobsettlement.store.ReferenceStore;
import com.aobsettlement.store.RemittanceStore;
import com.aobsettlement.store.ReportPartStore;
import com.aobsettlement.store.SettlementStore;
import com.aobsettlement.domain.Provider;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The end-of-day settlement job ({@code endOfDaySettlement}, parameter {@code businessDate}):
 * step {@code applyDisputeActions} applies the staff's dispute actions dated up to the business
 * date; step {@code settleClaims} settles the pending claims chunk by chunk, in partitions over
 * disjoint claim-id ranges run by local threads ({@code AOB_PARTITIONS}); step {@code writeDailyReports}
 * records the run's fee-rule exceptions and writes the daily files. Reference data (payer rules,
 * fee schedule, providers) is loaded once per run and shared.
 */
@Component
public class SettlementJobs {
    public static final String JOB_NAME = "endOfDaySettlement";
    public static final String ACTIONS_STEP = "applyDisputeActions";
    public static final String SETTLE_STEP = "settleClaims";
    public static final String REPORT_STEP = "writeDailyReports";

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final ReferenceStore reference;
    private final ClaimStore claims;
    private final RemittanceStore remittances;
    private final SettlementStore settlements;
    private final DisputeStore disputes;
    private final ExceptionStore exceptions;
    private final ProviderTotalsStore providerTotals;
    private final DailyReportWriter dailyReports;
    private final FeeRuleExceptions feeRuleExceptions;
    private final DisputeActionApplier disputeActions;
    private final AobSettings settings;
    private final FaultInjection faults;
    private final ReportPartStore reportParts;

    public SettlementJobs(JobRepository jobRepository, PlatformTransactionManager transactionManager, ReferenceStore reference,
                          ClaimStore claims, RemittanceStore remittances, SettlementStore settlements, DisputeStore disputes,
                          ExceptionStore exceptions, ProviderTotalsStore providerTotals, DailyReportWriter dailyReports,
                          FeeRuleExceptions feeRuleExceptions, DisputeActionApplier disputeActions, AobSettings settings,
                          FaultInjection faults, ReportPartStore reportParts) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.reference = reference;
        this.claims = claims;
        this.remittances = remittances;
        this.settlements = settlements;
        this.disputes = disputes;
        this.exceptions = exceptions;
        this.providerTotals = providerTotals;
        this.dailyReports = dailyReports;
        this.feeRuleExceptions = feeRuleExceptions;
        this.disputeActions = disputeActions;
        this.settings = settings;
        this.faults = faults;
        this.reportParts = reportParts;
    }

    public static JobParameters parameters(LocalDate businessDate) {
        return new JobParametersBuilder().addLocalDate("businessDate", businessDate).toJobParameters();
    }

    public Job job(LocalDate businessDate, ProgressListener progress) {
        PayerRuleBook rules = reference.payerRuleBook();
        SettlementCalculator calculator = new SettlementCalculator(new FederalHolidayCalendar(), reference.feeSchedule(),
                settings.zone());
        ClaimStore.ClaimIdRange range = claims.idRange().orElse(new ClaimStore.ClaimIdRange(1, 1));
        long fromId = range.first();
        long toId = range.last();
        int chunk = settings.settlementChunkSize();
        Map<String, Provider> providers = reference.providers();
        SettlementReportPart reportPart = new SettlementReportPart(reportParts, settings.reportsDir(), businessDate);
        Step worker = new StepBuilder(SETTLE_STEP + "Worker", jobRepository)
                .<PendingClaim, SettlementOutcome>chunk(chunk)
                .transactionManager(transactionManager)
                .reader(new PartitionReader((from, to) -> new PendingClaimReader(claims, remittances, settlements, disputes,
                        providers, businessDate, chunk, from, to, faults, progress::addTotal)))
                .processor(new SettlementProcessor(calculator, rules, businessDate))
                .writer(new SettlementWriter(claims, remittances, settlements, disputes, exceptions, providerTotals,
                        businessDate, faults, reportPart))
                .stream(reportPart)
                .listener(progress)
                .listener(new org.springframework.batch.core.listener.ChunkListener<PendingClaim, SettlementOutcome>() {
                    @Override
                    public void afterChunk(org.springframework.batch.infrastructure.item.Chunk<SettlementOutcome> chunk) {
                        faults.pointAfterCommit("between");
                    }
                })
                .build();
        int partitions = settings.partitions();
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("settle-");
        threads.setConcurrencyLimit(partitions);
        Step settle = new StepBuilder(SETTLE_STEP, jobRepository)
                .partitioner(SETTLE_STEP + "Worker", new ClaimRangePartitioner(fromId, toId))
                .step(worker)
                .gridSize(partitions)
                .taskExecutor(threads)
                .listener(progress.finalLine())
                .build();
        Step actions = new StepBuilder(ACTIONS_STEP, jobRepository)
                .tasklet((contribution, context) -> {
                    long executionId = context.getStepContext().getStepExecution().getJobExecutionId();
                    contribution.incrementWriteCount(disputeActions.apply(businessDate, executionId));
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
        Step report = new StepBuilder(REPORT_STEP, jobRepository)
                .tasklet((contribution, context) -> {
                    long executionId = context.getStepContext().getStepExecution().getJobExecutionId();
                    feeRuleExceptions.record(businessDate, rules, executionId);
                    dailyReports.write(settings.reportsDir(), businessDate, () -> faults.point("report"))
                            .saveTo(context.getStepContext().getStepExecution().getExecutionContext());
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
        return new JobBuilder(JOB_NAME, jobRepository).start(actions).next(settle).next(report).build();
    }
}
