package com.aobsettlement.imports;

import com.aobsettlement.AobSettings;
import com.aobsettlement.batch.ProgressListener;
import com.aobsettlement.domain.InputRules;
import com.aobsettlement.store.ClaimStore;
import com.aobsettlement.store.ClosedMonthStore;
import com.aobsettlement.store.DepositStore;
import com.aobsettlement.store.DisputeActionStore;
import com.aobsettlement.store.ExceptionStore;
import com.aobsettlement.store.ImportFileStore;
import com.aobsettlement.store.ReferenceStore;
import com.aobsettlement.store.RemittanceStore;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The CSV import jobs, one per kind ({@link ImportKind}: {@code importProviders}, {@code importPayers},
 * {@code importFeeSchedule}, {@code importAssignments}, {@code importRemittances},
 * {@code importDisputeActions}, {@code importDeposits}), each one chunked, restartable step
 * ({@code importProvidersStep} …) that reads the file, validates each row (or claim) and writes what
 * passed, with an exception row for each problem (DOMAIN.md §3–5).
 *
 * <p>Parameters {@code file} and {@code sha256}: running the same command again resumes a failed
 * import, and a file is never imported twice. The steps are job scoped, bound to the run's file: a
 * step's reader, validator and writer are made together for each run because the writer's row
 * rendering runs on the reader's read-ahead thread ({@link PrefetchingReader}), outside any step scope.
 * Every validator holds its rows to the {@link InputRules} of the day the run starts (business clock).
 */
@Configuration
public class ImportJobConfiguration {
    public static final String STEP_SUFFIX = "Step";
    public static final String FILE = "file";
    public static final String SHA256 = "sha256";

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final ProgressListener progress;
    private final AobSettings settings;
    private final Clock businessClock;

    public ImportJobConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                  ProgressListener progress, AobSettings settings,
                                  @Qualifier("businessClock") Clock businessClock) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.progress = progress;
        this.settings = settings;
        this.businessClock = businessClock;
    }

    public static JobParameters parameters(Path file, String sha256) {
        return new JobParametersBuilder().addString(FILE, file.toString()).addString(SHA256, sha256).toJobParameters();
    }

    @Bean
    public Job importProviders(Step importProvidersStep, JobExecutionListener importFileRecorder) {
        return job(ImportKind.PROVIDERS, importProvidersStep, importFileRecorder);
    }

    @Bean
    @JobScope
    public Step importProvidersStep(@Value("#{jobParameters['file']}") String file, ReferenceStore reference,
                                    ExceptionStore exceptions) {
        return step(ImportKind.PROVIDERS, new CsvItemReader(Path.of(file), Columns.PROVIDERS), new ProviderValidator(rules()),
                ReferenceWriters.providers(reference, exceptions));
    }

    @Bean
    public Job importPayers(Step importPayersStep, JobExecutionListener importFileRecorder) {
        return job(ImportKind.PAYERS, importPayersStep, importFileRecorder);
    }

    @Bean
    @JobScope
    public Step importPayersStep(@Value("#{jobParameters['file']}") String file, ReferenceStore reference,
                                 ExceptionStore exceptions) {
        return step(ImportKind.PAYERS, new CsvItemReader(Path.of(file), Columns.PAYERS), new PayerValidator(rules()),
                ReferenceWriters.payers(reference, exceptions));
    }

    @Bean
    public Job importFeeSchedule(Step importFeeScheduleStep, JobExecutionListener importFileRecorder) {
        return job(ImportKind.FEE_SCHEDULE, importFeeScheduleStep, importFileRecorder);
    }

    @Bean
    @JobScope
    public Step importFeeScheduleStep(@Value("#{jobParameters['file']}") String file, ReferenceStore reference,
                                      ExceptionStore exceptions) {
        return step(ImportKind.FEE_SCHEDULE, new CsvItemReader(Path.of(file), Columns.FEE_SCHEDULE),
                new FeeScheduleValidator(reference.payerCodes(), rules()), ReferenceWriters.feeSchedule(reference, exceptions));
    }

    @Bean
    public Job importAssignments(Step importAssignmentsStep, JobExecutionListener importFileRecorder) {
        return job(ImportKind.ASSIGNMENTS, importAssignmentsStep, importFileRecorder);
    }

    @Bean
    @JobScope
    public Step importAssignmentsStep(@Value("#{jobParameters['file']}") String file, ReferenceStore reference,
                                      ClaimStore claims, ExceptionStore exceptions) {
        return step(ImportKind.ASSIGNMENTS, new ClaimGroupReader(Path.of(file), Columns.ASSIGNMENTS),
                new AssignmentValidator(reference.providers().keySet(), reference.payerCodes(), rules()),
                new AssignmentWriter(claims, exceptions, fileName(file)));
    }

    @Bean
    public Job importRemittances(Step importRemittancesStep, JobExecutionListener importFileRecorder) {
        return job(ImportKind.REMITTANCES, importRemittancesStep, importFileRecorder);
    }

    @Bean
    @JobScope
    public Step importRemittancesStep(@Value("#{jobParameters['file']}") String file, ClaimStore claims,
                                      RemittanceStore remittances, ExceptionStore exceptions) {
        return step(ImportKind.REMITTANCES, new CsvItemReader(Path.of(file), Columns.REMITTANCES),
                new RemittanceValidator(fileName(file), rules()), new RemittanceWriter(claims, remittances, exceptions));
    }

    @Bean
    public Job importDisputeActions(Step importDisputeActionsStep, JobExecutionListener importFileRecorder) {
        return job(ImportKind.DISPUTE_ACTIONS, importDisputeActionsStep, importFileRecorder);
    }

    @Bean
    @JobScope
    public Step importDisputeActionsStep(@Value("#{jobParameters['file']}") String file, ClaimStore claims,
                                         DisputeActionStore disputeActions, ExceptionStore exceptions) {
        return step(ImportKind.DISPUTE_ACTIONS, new CsvItemReader(Path.of(file), Columns.DISPUTE_ACTIONS),
                new DisputeActionValidator(rules()), new DisputeActionWriter(claims, disputeActions, exceptions));
    }

    @Bean
    public Job importDeposits(Step importDepositsStep, JobExecutionListener importFileRecorder) {
        return job(ImportKind.DEPOSITS, importDepositsStep, importFileRecorder);
    }

    @Bean
    @JobScope
    public Step importDepositsStep(@Value("#{jobParameters['file']}") String file, DepositStore deposits,
                                   ClosedMonthStore closedMonths, ExceptionStore exceptions) {
        return step(ImportKind.DEPOSITS, new CsvItemReader(Path.of(file), Columns.DEPOSITS),
                new DepositValidator(fileName(file), rules()), new DepositWriter(deposits, closedMonths, exceptions));
    }

    /** Records a completed import's file (kind and SHA-256), so that the same content is refused later. */
    @Bean
    public JobExecutionListener importFileRecorder(ImportFileStore importFiles) {
        return new JobExecutionListener() {
            @Override
            public void afterJob(JobExecution execution) {
                if (execution.getStatus() == BatchStatus.COMPLETED) {
                    ImportKind kind = ImportKind.fromJobName(execution.getJobInstance().getJobName()).orElseThrow();
                    JobParameters parameters = execution.getJobParameters();
                    importFiles.record(kind.word(), parameters.getString(SHA256),
                            Path.of(parameters.getString(FILE)).getFileName().toString(), execution.getId());
                }
            }
        };
    }

    private InputRules rules() {
        return InputRules.at(businessClock);
    }

    private static String fileName(String file) {
        return Path.of(file).getFileName().toString();
    }

    private Job job(ImportKind kind, Step step, JobExecutionListener importFileRecorder) {
        return new JobBuilder(kind.jobName(), jobRepository).start(step).listener(importFileRecorder).build();
    }

    private <I, T> Step step(ImportKind kind, CsvFileReader<I> reader, ItemProcessor<I, ImportItem<T>> validator,
                             ImportWriter<T> writer) {
        return new StepBuilder(kind.jobName() + STEP_SUFFIX, jobRepository)
                .<ImportItem<T>, ImportItem<T>>chunk(settings.importChunkSize())
                .transactionManager(transactionManager)
                .reader(new PrefetchingReader<>(reader.getName(), reader, in -> {
                    ImportItem<T> item = validator.process(in);
                    if (item != null && item.accepted()) {
                        writer.prepare(item);
                        item.dropFields();
                    }
                    return item;
                }, 2 * settings.importChunkSize()))
                .writer(writer)
                .listener(progress)
                .build();
    }
}
