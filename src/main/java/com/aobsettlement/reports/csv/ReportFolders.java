package com.aobsettlement.reports.csv;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

/** Where the report files live under the reports directory (DOMAIN.md §10). */
public final class ReportFolders {
    private ReportFolders() {
    }

    /** {@code daily/D/}: the files of the settlement run for business date D. */
    public static Path daily(Path reportsDir, LocalDate date) {
        return reportsDir.resolve("daily").resolve(date.toString());
    }

    /** {@code monthly/YYYY-MM/}: the files of the month-end reconciliation of a month. */
    public static Path monthly(Path reportsDir, YearMonth month) {
        return reportsDir.resolve("monthly").resolve(month.toString());
    }
}
