package com.aobsettlement.reconciliation;

import com.aobsettlement.AobSettings;
import com.aobsettlement.reports.MonthlyReportWriter;
import com.aobsettlement.reports.SummaryPageWriter;
import com.aobsettlement.store.ClosedMonthStore;
import com.aobsettlement.store.MonthEndStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * The month-end reconciliation job ({@code monthEndReconciliation}, DOMAIN.md §8), one step per
 * step of §8, each writing its file under {@code reports/monthly/YYYY-MM/}:
 * {@code matchEraToDeposits} (unmatched.csv), {@code tieTheBooks} (reconciliation.csv),
 * {@code ageReceivables} (aging.csv), {@code writeProviderStatements}, {@code listDisputesDue},
 * {@code writeSummaryPage} (summary.html) and {@code closeMonth}. The steps only read the books, so
 * a failed run resumes at the step that failed and a repeated run writes the same files.
 *
 * <p>Parameters: {@code month}, {@code run} (1 + the completed reconciliations of the month, so a
 * month can be reconciled again while a failed run still resumes) and {@code mode}
 * ({@code close} or {@code preview}: a preview leaves the month open).
 */
@Component
public class MonthEndJobs {
    public static final String JOB_NAME = "monthEndReconciliation";
    private static final Logger log = LoggerFactory.getLogger(MonthEndJobs.class);

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final MonthEndFigures figures;
    private final MonthEndStore store;
    private final ClosedMonthStore closedMonths;
    private final AobSettings settings;

    public MonthEndJobs(JobRepository jobRepository, PlatformTransactionManager transactionManager, MonthEndFigures figures,
                        MonthEndStore store, ClosedMonthStore closedMonths, AobSettings settings) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.figures = figures;
        this.store = store;
        this.closedMonths = closedMonths;
        this.settings = settings;
    }

    /** The parameters of the next reconciliation of the month (or of the failed one to resume). */
    public JobParameters parameters(YearMonth month, boolean close) {
        long run = store.completedReconciliations(JOB_NAME, month.toString()) + 1L;
        return new JobParametersBuilder().addString("month", month.toString()).addLong("run", run)
                .addString("mode", close ? "close" : "preview").toJobParameters();
    }

    public Path directory(YearMonth month) {
        return MonthlyReportWriter.monthlyDir(settings.reportsDir(), month);
    }

    public Job job(YearMonth month, boolean close, String operator) {
        Path dir = directory(month);
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(step("matchEraToDeposits", x -> MonthlyReportWriter.unmatched(dir, figures.unmatched(month))))
                .next(step("tieTheBooks", x -> MonthlyReportWriter.reconciliation(dir, figures.checks(month))))
                .next(step("ageReceivables", x -> MonthlyReportWriter.aging(dir, figures.aging(month))))
                .next(step("writeProviderStatements",
                        x -> MonthlyReportWriter.providerStatements(dir, figures.providerStatements(month))))
                .next(step("listDisputesDue", x -> MonthlyReportWriter.disputesDue(dir, figures.disputesDue(month))))
                .next(step("writeSummaryPage", x -> SummaryPageWriter.write(dir, figures.report(month, close))))
                .next(step("closeMonth", executionId -> {
                    if (close) {
                        closedMonths.close(month, Instant.now(), operator, executionId);
                        log.info("month {} closed by {} (execution {})", month, operator, executionId);
                    }
                }))
                .build();
    }

    private Step step(String name, Consumer<Long> work) {
        return new StepBuilder(name, jobRepository)
                .tasklet((contribution, context) -> {
                    work.accept(context.getStepContext().getStepExecution().getJobExecutionId());
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }
}
