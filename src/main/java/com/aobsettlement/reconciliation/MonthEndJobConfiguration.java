package com.aobsettlement.reconciliation;

import com.aobsettlement.AobSettings;
import com.aobsettlement.reports.MonthlyReportWriter;
import com.aobsettlement.reports.SummaryPageWriter;
import com.aobsettlement.store.ClosedMonthStore;
import com.aobsettlement.store.MonthEndStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The month-end reconciliation job ({@code monthEndReconciliation}, DOMAIN.md §8), one step per
 * step of §8, each writing its file under {@code reports/monthly/YYYY-MM/}:
 * {@code matchEraToDeposits} (unmatched.csv), {@code tieTheBooks} (reconciliation.csv),
 * {@code ageReceivables} (aging.csv), {@code writeProviderStatements}, {@code listDisputesDue},
 * {@code writeSummaryPage} (summary.html) and {@code closeMonth}. The steps only read the books, so
 * a failed run resumes at the step that failed and a repeated run writes the same files. Each step
 * reads what the run is for from its job parameters ({@link MonthEndRun}).
 */
@Configuration
public class MonthEndJobConfiguration {
    public static final String JOB_NAME = "monthEndReconciliation";
    private static final Logger log = LoggerFactory.getLogger(MonthEndJobConfiguration.class);

    /** The work of one step, for the run's month. */
    @FunctionalInterface
    interface MonthEndWork {
        void run(MonthEndRun run, Path dir, long jobExecutionId);
    }

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final MonthEndFigures figures;
    private final AobSettings settings;

    public MonthEndJobConfiguration(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                    MonthEndFigures figures, AobSettings settings) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.figures = figures;
        this.settings = settings;
    }

    /** The next reconciliation of the month (or the failed one, to resume). */
    public static MonthEndRun nextRun(MonthEndStore store, YearMonth month, boolean close, String operator) {
        return new MonthEndRun(month, store.completedReconciliations(JOB_NAME, month.toString()) + 1L, close, operator);
    }

    @Bean
    public Job monthEndReconciliation(Step matchEraToDeposits, Step tieTheBooks, Step ageReceivables,
                                      Step writeProviderStatements, Step listDisputesDue, Step writeSummaryPage,
                                      Step closeMonth) {
        return new JobBuilder(JOB_NAME, jobRepository).start(matchEraToDeposits).next(tieTheBooks).next(ageReceivables)
                .next(writeProviderStatements).next(listDisputesDue).next(writeSummaryPage).next(closeMonth).build();
    }

    @Bean
    public Step matchEraToDeposits() {
        return step("matchEraToDeposits", (run, dir, id) -> MonthlyReportWriter.unmatched(dir, figures.unmatched(run.month())));
    }

    @Bean
    public Step tieTheBooks() {
        return step("tieTheBooks", (run, dir, id) -> MonthlyReportWriter.reconciliation(dir, figures.checks(run.month())));
    }

    @Bean
    public Step ageReceivables() {
        return step("ageReceivables", (run, dir, id) -> MonthlyReportWriter.aging(dir, figures.aging(run.month())));
    }

    @Bean
    public Step writeProviderStatements() {
        return step("writeProviderStatements",
                (run, dir, id) -> MonthlyReportWriter.providerStatements(dir, figures.providerStatements(run.month())));
    }

    @Bean
    public Step listDisputesDue() {
        return step("listDisputesDue", (run, dir, id) -> MonthlyReportWriter.disputesDue(dir, figures.disputesDue(run.month())));
    }

    @Bean
    public Step writeSummaryPage() {
        return step("writeSummaryPage",
                (run, dir, id) -> SummaryPageWriter.write(dir, figures.report(run.month(), run.close())));
    }

    @Bean
    public Step closeMonth(ClosedMonthStore closedMonths) {
        return step("closeMonth", (run, dir, id) -> {
            if (run.close()) {
                closedMonths.close(run.month(), Instant.now(), run.operator(), id);
                log.info("month {} closed by {} (execution {})", run.month(), run.operator(), id);
            }
        });
    }

    private Step step(String name, MonthEndWork work) {
        return new StepBuilder(name, jobRepository)
                .tasklet((contribution, context) -> {
                    StepExecution step = context.getStepContext().getStepExecution();
                    MonthEndRun run = MonthEndRun.of(step.getJobParameters());
                    work.run(run, MonthlyReportWriter.monthlyDir(settings.reportsDir(), run.month()), step.getJobExecutionId());
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }
}
