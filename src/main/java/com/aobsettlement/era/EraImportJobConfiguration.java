package com.aobsettlement.era;

import com.aobsettlement.AobSettings;
import com.aobsettlement.batch.ProgressListener;
import com.aobsettlement.domain.InputRules;
import com.aobsettlement.store.ClaimStore;
import com.aobsettlement.store.EraStore;
import com.aobsettlement.store.ExceptionStore;
import com.aobsettlement.store.ReferenceStore;
import com.aobsettlement.store.RemittanceStore;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The `import era` job ({@code importEra}, DOMAIN.md §5.1): one chunked step, {@code importEraStep}, over the
 * files of the path in name order. A chunk is a few whole transactions (ST..SE) or file outcomes,
 * committed with their era_transactions rows and the reader's checkpoint, so a crash part-way through
 * a folder resumes without posting anything twice. The step is job scoped, bound to the run's path.
 */
@Configuration
public class EraImportJobConfiguration {
    public static final String JOB_NAME = "importEra";
    public static final String STEP_NAME = "importEraStep";
    /** Transactions per commit: a transaction can hold thousands of claims, so few. */
    static final int CHUNK = 10;

    /**
     * The job's identity: the path given, a fingerprint of the files' names and contents, and an
     * attempt number (a file kept partly in quarantine for an unknown payer may be imported again).
     */
    public static JobParameters parameters(String path, String fingerprint, long attempt) {
        return new JobParametersBuilder().addString("path", path).addString("fingerprint", fingerprint)
                .addLong("attempt", attempt).toJobParameters();
    }

    @Bean
    public Job importEra(JobRepository jobRepository, Step importEraStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(importEraStep).build();
    }

    @Bean
    @JobScope
    public Step importEraStep(@Value("#{jobParameters['path']}") String path, JobRepository jobRepository,
                              PlatformTransactionManager transactionManager, ReferenceStore reference, ClaimStore claims,
                              RemittanceStore remittances, ExceptionStore exceptions, EraStore era, AobSettings settings,
                              ProgressListener progress, @Qualifier("businessClock") Clock businessClock) {
        return new StepBuilder(STEP_NAME, jobRepository)
                .<EraWork, EraWork>chunk(CHUNK)
                .transactionManager(transactionManager)
                .reader(new EraFileReader(EraInput.of(Path.of(path)), era, InputRules.at(businessClock)))
                .processor(new EraTransactionProcessor(reference.payerCodesByEraId()))
                .writer(new EraWriter(era, claims, remittances, exceptions, new EraQuarantine(settings.quarantineDir())))
                .listener(progress)
                .build();
    }
}
