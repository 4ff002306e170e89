package com.aobsettlement.imports;

import com.aobsettlement.AobSettings;
import com.aobsettlement.batch.ProgressListener;
import com.aobsettlement.store.ClaimStore;
import com.aobsettlement.store.DisputeActionStore;
import com.aobsettlement.store.ClosedMonthStore;
import com.aobsettlement.store.DepositStore;
import com.aobsettlement.store.ExceptionStore;
import com.aobsettlement.store.ImportFileStore;
import com.aobsettlement.store.ReferenceStore;
import com.aobsettlement.store.RemittanceStore;
import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the import job of each CSV kind: a chunked, restartable step reading the file, validating
 * each row (or claim) and writing what passed with an exception row for each problem. The job
 * instance is keyed by the file's path and SHA-256, so running the same command again resumes a
 * failed import, and a file is never imported twice.
 */
@Component
public class ImportJobs {
    public static final String STEP_SUFFIX = "Step";

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final ReferenceStore reference;
    private final ClaimStore claims;
    private final RemittanceStore remittances;
    private final ExceptionStore exceptions;
    private final ImportFileStore importFiles;
    private final DisputeActionStore disputeActions;
    private final AobSettings settings;
    private final com.aobsettlement.batch.FaultInjection faults;
    private final DepositStore deposits;
    private final ClosedMonthStore closedMonths;

    public ImportJobs(JobRepository jobRepository, PlatformTransactionManager transactionManager, ReferenceStore reference,
                      ClaimStore claims, RemittanceStore remittances, ExceptionStore exceptions, ImportFileStore importFiles,
                      DisputeActionStore disputeActions, AobSettings settings,
                      com.aobsettlement.batch.FaultInjection faults, DepositStore deposits, ClosedMonthStore closedMonths) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.reference = reference;
        this.claims = claims;
        this.remittances = remittances;
        this.exceptions = exceptions;
        this.importFiles = importFiles;
        this.disputeActions = disputeActions;
        this.settings = settings;
        this.faults = faults;
        this.deposits = deposits;
        this.closedMonths = closedMonths;
    }

    public static JobParameters parameters(Path file, String sha256) {
        return new JobParametersBuilder().addString("file", file.toString()).addString("sha256", sha256).toJobParameters();
    }

    public static List<String> header(ImportKind kind) {
        return switch (kind) {
            case PROVIDERS -> Columns.PROVIDERS;
            case PAYERS -> Columns.PAYERS;
            case FEE_SCHEDULE -> Columns.FEE_SCHEDULE;
            case ASSIGNMENTS -> Columns.ASSIGNMENTS;
            case REMITTANCES -> Columns.REMITTANCES;
            case DISPUTE_ACTIONS -> Columns.DISPUTE_ACTIONS;
            case DEPOSITS -> Columns.DEPOSITS;
            case ERA -> throw new IllegalArgumentException("835 files have no CSV header; see EraImportJob");
        };
    }

    public Job job(ImportKind kind, Path file, String sha256, ProgressListener progress) {
        String fileName = file.getFileName().toString();
        Step step = switch (kind) {
            case PROVIDERS -> step(kind, new CsvItemReader(file, Columns.PROVIDERS), new ProviderValidator(),
                    ReferenceWriters.providers(reference, exceptions), progress);
            case PAYERS -> step(kind, new CsvItemReader(file, Columns.PAYERS), new PayerValidator(),
                    ReferenceWriters.payers(reference, exceptions), progress);
            case FEE_SCHEDULE -> step(kind, new CsvItemReader(file, Columns.FEE_SCHEDULE),
                    new FeeScheduleValidator(reference.payerCodes()), ReferenceWriters.feeSchedule(reference, exceptions), progress);
            case ASSIGNMENTS -> step(kind, new ClaimGroupReader(file, Columns.ASSIGNMENTS),
                    new AssignmentValidator(reference.providers().keySet(), reference.payerCodes(), settings.zone()),
                    new AssignmentWriter(claims, exceptions, fileName), progress);
            case REMITTANCES -> step(kind, new CsvItemReader(file, Columns.REMITTANCES), new RemittanceValidator(fileName),
                    new RemittanceWriter(claims, remittances, exceptions), progress);
            case DISPUTE_ACTIONS -> step(kind, new CsvItemReader(file, Columns.DISPUTE_ACTIONS), new DisputeActionValidator(),
                    new DisputeActionWriter(claims, disputeActions, exceptions), progress);
            case DEPOSITS -> step(kind, new CsvItemReader(file, Columns.DEPOSITS), new DepositValidator(fileName),
                    new DepositWriter(deposits, closedMonths, exceptions), progress);
            case ERA -> throw new IllegalArgumentException("835 files are imported by EraImportJob");
        };
        return new JobBuilder(kind.jobName(), jobRepository)
                .start(step)
                .listener(new JobExecutionListener() {
                    @Override
                    public void afterJob(JobExecution execution) {
                        if (execution.getStatus() == org.springframework.batch.core.BatchStatus.COMPLETED) {
                            importFiles.record(kind.word(), sha256, fileName, execution.getId());
                        }
                    }
                })
                .build();
    }

    private <I, T> Step step(ImportKind kind, CsvFileReader<I> reader, ItemProcessor<I, ImportItem<T>> processor,
                             ImportWriter<T> writer, ProgressListener progress) {
        return new StepBuilder(kind.jobName() + STEP_SUFFIX, jobRepository)
                .<ImportItem<T>, ImportItem<T>>chunk(settings.importChunkSize())
                .transactionManager(transactionManager)
                .reader(new PrefetchingReader<>(reader.getName(), reader, in -> {
                    ImportItem<T> item = processor.process(in);
                    if (item != null && item.accepted()) {
                        writer.prepare(item);
                        item.dropFields();
                    }
                    return item;
                }, 2 * settings.importChunkSize()))
                .writer(chunk -> {
                    writer.write(chunk);
                    faults.point("import-write");
                })
                .stream(writer)
                .listener(writer)
                .listener(progress)
                .listener(new org.springframework.batch.core.listener.ChunkListener<ImportItem<T>, ImportItem<T>>() {
                    @Override
                    public void afterChunk(org.springframework.batch.infrastructure.item.Chunk<ImportItem<T>> chunk) {
                        faults.pointAfterCommit("import-between");
                    }
                })
                .build();
    }
}
