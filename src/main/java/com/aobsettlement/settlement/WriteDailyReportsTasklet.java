package com.aobsettlement.settlement;

import com.aobsettlement.reports.DailyReportWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The last step of a settlement run: records the run's FEE_NOT_ALLOWED exceptions, then writes the
 * daily files (DOMAIN.md §10) and keeps the run summary's figures in the step's context. Writing
 * again gives the same files, so a restart of this step is safe.
 */
public class WriteDailyReportsTasklet implements Tasklet {
    private final LocalDate businessDate;
    private final Path reportsDir;
    private final FeeNotAllowedExceptions feeNotAllowed;
    private final DailyReportWriter dailyReports;
    private final List<DailyReportListener> listeners;

    public WriteDailyReportsTasklet(LocalDate businessDate, Path reportsDir, FeeNotAllowedExceptions feeNotAllowed,
                                    DailyReportWriter dailyReports, List<DailyReportListener> listeners) {
        this.businessDate = businessDate;
        this.reportsDir = reportsDir;
        this.feeNotAllowed = feeNotAllowed;
        this.dailyReports = dailyReports;
        this.listeners = listeners;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        StepExecution step = context.getStepContext().getStepExecution();
        feeNotAllowed.record(businessDate, step.getJobExecution());
        dailyReports.write(reportsDir, businessDate, () -> listeners.forEach(DailyReportListener::fileWritten))
                .saveTo(step.getExecutionContext());
        return RepeatStatus.FINISHED;
    }
}
