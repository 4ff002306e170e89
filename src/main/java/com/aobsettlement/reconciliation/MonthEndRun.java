package com.aobsettlement.reconciliation;

import java.time.YearMonth;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What a month-end run is for, as its job parameters say: the month, the run number (1 + the completed
 * reconciliations of the month, so that a month can be reconciled again while a failed run still
 * resumes), whether it closes the month or only previews, and who ran it (not part of the identity).
 */
public record MonthEndRun(YearMonth month, long run, boolean close, String operator) {
    static final String MONTH = "month";
    static final String RUN = "run";
    static final String MODE = "mode";
    static final String OPERATOR = "operator";

    public JobParameters parameters() {
        return new JobParametersBuilder().addString(MONTH, month.toString()).addLong(RUN, run)
                .addString(MODE, close ? "close" : "preview").addString(OPERATOR, operator, false).toJobParameters();
    }

    static MonthEndRun of(JobParameters parameters) {
        String operator = parameters.getString(OPERATOR);
        return new MonthEndRun(YearMonth.parse(parameters.getString(MONTH)), parameters.getLong(RUN),
                "close".equals(parameters.getString(MODE)), operator == null ? "unknown" : operator);
    }
}
