package com.aobsettlement.settlement;

import com.aobsettlement.AobSettings;
import com.aobsettlement.batch.ProgressListener;
import com.aobsettlement.reports.DailyReportWriter;
import com.aobsettlement.settlement.remote.AmqpBroker;
import com.aobsettlement.settlement.remote.RemotePartitionHandler;
import com.aobsettlement.settlement.remote.RemoteSettings;
import com.aobsettlement.store.ClaimStore;
import com.aobsettlement.store.ExecutionOwners;
import com.aobsettlement.store.DisputeStore;
import com.aobsettlement.store.ExceptionStore;
import com.aobsettlement.store.ProviderTotalsStore;
import com.aobsettlement.store.RemittanceStore;
import com.aobsettlement.store.ReportPartStore;
import com.aobsettlement.store.SettlementStore;
import java.time.LocalDate;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The end-of-day settlement job ({@code endOfDaySettlement}, DOMAIN.md §6), parameter {@code businessDate}:
 * <ol>
 *   <li>{@code applyDisputeActions}: the staff's dispute actions dated up to the business date (§7.5);</li>
 *   <li>{@code settleClaims}: the manager step, which splits the claim ids into ranges
 *       ({@link ClaimRangePartitioner}) and runs the worker step {@code settleClaimsWorker} once per
 *       range on local threads ({@code AOB_PARTITIONS}), or, with {@code AOB_PARTITIONING=remote}, sends the
 *       ranges to `worker` processes ({@link RemotePartitionHandler}); each worker reads its range's pending claims,
 *       settles them and writes each chunk in one transaction with its checkpoint;</li>
 *   <li>{@code writeDailyReports}: the run's FEE_NOT_ALLOWED exceptions and the daily files (§10).</li>
 * </ol>
 * The worker step and its reader, processor and writer are step scoped: each partition gets its own,
 * bound to the range and date of its step execution.
 */
@Configuration
public class SettlementJobConfiguration {
    public static final String JOB_NAME = "endOfDaySettlement";
    public static final String ACTIONS_STEP = "applyDisputeActions";
    public static final String SETTLE_STEP = "settleClaims";
    public static final String WORKER_STEP = "settleClaimsWorker";
    public static final String REPORT_STEP = "writeDailyReports";
    public static final String BUSINESS_DATE = "businessDate";

    public static JobParameters parameters(LocalDate businessDate) {
        return new JobParametersBuilder().addLocalDate(BUSINESS_DATE, businessDate).toJobParameters();
    }

    @Bean
    public Job endOfDaySettlement(JobRepository jobRepository, Step applyDisputeActions, Step settleClaims,
                                  Step writeDailyReports) {
        return new JobBuilder(JOB_NAME, jobRepository).start(applyDisputeActions).next(settleClaims).next(writeDailyReports)
                .build();
    }

    @Bean
    public Step applyDisputeActions(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                    Tasklet applyDisputeActionsTasklet) {
        return new StepBuilder(ACTIONS_STEP, jobRepository).tasklet(applyDisputeActionsTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    public Tasklet applyDisputeActionsTasklet(@Value("#{jobParameters['businessDate']}") LocalDate businessDate,
                                              DisputeActionApplier disputeActions) {
        return (contribution, context) -> {
            long executionId = context.getStepContext().getStepExecution().getJobExecutionId();
            contribution.incrementWriteCount(disputeActions.apply(businessDate, executionId));
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    public Step settleClaims(JobRepository jobRepository, Step settleClaimsWorker, ClaimRangePartitioner claimRangePartitioner,
                             AobSettings settings, ProgressListener progress, RemoteSettings remote,
                             ObjectProvider<RemotePartitionHandler> remoteHandler) {
        if (remote.remote()) {
            // the same partitions, sent to worker processes (README "Running on several machines")
            return new StepBuilder(SETTLE_STEP, jobRepository)
                    .partitioner(WORKER_STEP, claimRangePartitioner)
                    .partitionHandler(remoteHandler.getObject())
                    .listener(progress.finalLine())
                    .build();
        }
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("settle-");
        threads.setConcurrencyLimit(settings.partitions());
        return new StepBuilder(SETTLE_STEP, jobRepository)
                .partitioner(WORKER_STEP, claimRangePartitioner)
                .step(settleClaimsWorker)
                .gridSize(settings.partitions())
                .taskExecutor(threads)
                .listener(progress.finalLine())
                .build();
    }

    @Bean
    @Lazy
    public RemotePartitionHandler remotePartitionHandler(JobRepository jobRepository, ExecutionOwners owners, AmqpBroker broker,
                                                         RemoteSettings remote, ProgressListener progress, AobSettings settings) {
        return new RemotePartitionHandler(jobRepository, owners, broker, remote, progress, settings.partitions());
    }

    @Bean
    public Step settleClaimsWorker(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                   PendingClaimReader pendingClaimReader, SettlementProcessor settlementProcessor,
                                   SettlementWriter settlementWriter, SettlementReportPart settlementReportPart,
                                   ProgressListener progress, AobSettings settings) {
        return new StepBuilder(WORKER_STEP, jobRepository)
                .<PendingClaim, SettlementOutcome>chunk(settings.settlementChunkSize())
                .transactionManager(transactionManager)
                .reader(pendingClaimReader)
                .processor(settlementProcessor)
                .writer(settlementWriter)
                .stream(settlementReportPart)
                .listener(progress)
                .build();
    }

    @Bean
    @StepScope
    public PendingClaimReader pendingClaimReader(@Value("#{stepExecutionContext['fromId']}") long fromId,
                                                 @Value("#{stepExecutionContext['toId']}") long toId,
                                                 @Value("#{jobParameters['businessDate']}") LocalDate businessDate,
                                                 @Value("#{stepExecution.jobExecutionId}") long jobExecutionId,
                                                 ClaimStore claims, RemittanceStore remittances, SettlementStore settlements,
                                                 DisputeStore disputes, SettlementReference reference,
                                                 ProgressListener progress, AobSettings settings) {
        return new PendingClaimReader(claims, remittances, settlements, disputes,
                reference.forRun(jobExecutionId).providers(), businessDate, settings.settlementChunkSize(), fromId, toId,
                progress::addTotal);
    }

    @Bean
    @StepScope
    public SettlementProcessor settlementProcessor(@Value("#{jobParameters['businessDate']}") LocalDate businessDate,
                                                   @Value("#{stepExecution.jobExecutionId}") long jobExecutionId,
                                                   SettlementReference reference) {
        SettlementReference.Loaded run = reference.forRun(jobExecutionId);
        return new SettlementProcessor(run.calculator(), run.rules(), run.storedDates(), businessDate);
    }

    @Bean
    @StepScope
    public SettlementWriter settlementWriter(@Value("#{jobParameters['businessDate']}") LocalDate businessDate,
                                             @Value("#{stepExecution}") StepExecution stepExecution,
                                             ClaimStore claims, RemittanceStore remittances, SettlementStore settlements,
                                             DisputeStore disputes, ExceptionStore exceptions,
                                             ProviderTotalsStore providerTotals, SettlementReportPart settlementReportPart) {
        return new SettlementWriter(claims, remittances, settlements, disputes, exceptions, providerTotals, businessDate,
                settlementReportPart, stepExecution);
    }

    @Bean
    @StepScope
    public SettlementReportPart settlementReportPart(@Value("#{jobParameters['businessDate']}") LocalDate businessDate,
                                                     @Value("#{stepExecutionContext['partition']}") String partition,
                                                     ReportPartStore reportParts, AobSettings settings, RemoteSettings remote) {
        // a remote worker cannot write into the manager's reports folder: without parts, the report step
        // reads the day's settlements from the database (the same bytes)
        return new SettlementReportPart(reportParts, settings.reportsDir(), businessDate, remote.remote() ? null : partition);
    }

    @Bean
    public Step writeDailyReports(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                  Tasklet writeDailyReportsTasklet) {
        return new StepBuilder(REPORT_STEP, jobRepository).tasklet(writeDailyReportsTasklet, transactionManager).build();
    }

    @Bean
    @StepScope
    public Tasklet writeDailyReportsTasklet(@Value("#{jobParameters['businessDate']}") LocalDate businessDate,
                                            FeeNotAllowedExceptions feeNotAllowed, DailyReportWriter dailyReports,
                                            ObjectProvider<DailyReportListener> listeners, AobSettings settings) {
        return new WriteDailyReportsTasklet(businessDate, settings.reportsDir(), feeNotAllowed, dailyReports,
                listeners.orderedStream().toList());
    }
}
