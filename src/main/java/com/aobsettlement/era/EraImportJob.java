package com.aobsettlement.era;

import com.aobsettlement.AobSettings;
import com.aobsettlement.batch.ProgressListener;
import com.aobsettlement.store.ClaimStore;
import com.aobsettlement.store.EraStore;
import com.aobsettlement.store.ExceptionStore;
import com.aobsettlement.store.ReferenceStore;
import com.aobsettlement.store.RemittanceStore;
import java.util.List;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The `import era` job: one chunked step over the files in name order. A chunk is a few whole
 * transactions (ST..SE) or file outcomes, committed with their era_transactions rows and the
 * reader's checkpoint, so a crash part-way through a folder resumes without posting anything twice.
 */
@Component
public class EraImportJob {
    public static final String JOB_NAME = "importEra";
    public static final String STEP_NAME = "importEraStep";
    /** Transactions per commit: a transaction can hold thousands of claims, so few. */
    static final int CHUNK = 10;

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final ReferenceStore reference;
    private final ClaimStore claims;
    private final RemittanceStore remittances;
    private final ExceptionStore exceptions;
    private final EraStore era;
    private final AobSettings settings;
    private final long failAfterTransactions;

    public EraImportJob(JobRepository jobRepository, PlatformTransactionManager transactionManager, ReferenceStore reference,
                        ClaimStore claims, RemittanceStore remittances, ExceptionStore exceptions, EraStore era,
                        AobSettings settings,
                        @Value("${aob.fault.era-fail-after-transactions:0}") long failAfterTransactions) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.reference = reference;
        this.claims = claims;
        this.remittances = remittances;
        this.exceptions = exceptions;
        this.era = era;
        this.settings = settings;
        this.failAfterTransactions = failAfterTransactions;
    }

    /**
     * The job's identity: the path given, a fingerprint of the files' names and contents, and an
     * attempt number (a file kept partly in quarantine for an unknown payer may be imported again).
     */
    public static JobParameters parameters(String path, String fingerprint, long attempt) {
        return new JobParametersBuilder().addString("path", path).addString("fingerprint", fingerprint)
                .addLong("attempt", attempt).toJobParameters();
    }

    public Job job(List<EraInput> inputs, ProgressListener progress) {
        EraWriter writer = new EraWriter(era, claims, remittances, exceptions, new EraQuarantine(settings.quarantineDir()),
                failAfterTransactions);
        Step step = new StepBuilder(STEP_NAME, jobRepository)
                .<EraWork, EraWork>chunk(CHUNK)
                .transactionManager(transactionManager)
                .reader(new EraFileReader(inputs, era))
                .processor(new EraTransactionProcessor(reference.payerCodesByEraId()))
                .writer(writer)
                .listener(writer)
                .listener(progress)
                .build();
        return new JobBuilder(JOB_NAME, jobRepository).start(step).build();
    }
}
