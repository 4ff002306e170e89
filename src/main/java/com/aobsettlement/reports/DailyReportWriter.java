package com.aobsettlement.reports;

import com.aobsettlement.reports.csv.CsvFileWriter;
import com.aobsettlement.reports.csv.DisputesCsv;
import com.aobsettlement.reports.csv.ExceptionsCsv;
import com.aobsettlement.reports.csv.ProviderTotalsCsv;
import com.aobsettlement.reports.csv.ReportFolders;
import com.aobsettlement.reports.settlements.SettlementsFile;
import com.aobsettlement.store.DisputeStore;
import com.aobsettlement.store.ExceptionStore;
import com.aobsettlement.store.ExceptionStore.ReportedException;
import com.aobsettlement.store.ProviderTotalsStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The four daily files of DOMAIN.md §10 under {@code reports/daily/D/}, each with the columns of its class in
 * {@code reports.csv}; settlements.csv through {@link SettlementsFile}.
 */
@Component
public class DailyReportWriter {
    private final SettlementsFile settlements;
    private final DisputeStore disputes;
    private final ExceptionStore exceptions;
    private final ProviderTotalsStore providerTotals;

    public DailyReportWriter(SettlementsFile settlements, DisputeStore disputes, ExceptionStore exceptions,
                             ProviderTotalsStore providerTotals) {
        this.settlements = settlements;
        this.disputes = disputes;
        this.exceptions = exceptions;
        this.providerTotals = providerTotals;
    }

    public static Path dailyDir(Path reportsDir, LocalDate date) {
        return ReportFolders.daily(reportsDir, date);
    }

    /** Writes the files; idempotent, so a restarted run writes the same files again. */
    public DailyFigures write(Path reportsDir, LocalDate date) {
        return write(reportsDir, date, () -> { });
    }

    /**
     * Writes the files, calling {@code betweenFiles} after each one, and returns the run summary's counts,
     * taken from the rows written (see {@link DailyFigures}).
     */
    public DailyFigures write(Path reportsDir, LocalDate date, Runnable betweenFiles) {
        Path dir = dailyDir(reportsDir, date);
        DailyFigures figures = new DailyFigures();
        figures.settlements(settlements.write(reportsDir, date));
        betweenFiles.run();
        try (CsvFileWriter out = new CsvFileWriter(dir.resolve(DisputesCsv.FILE), DisputesCsv.header())) {
            byte[] day = date.toString().getBytes(StandardCharsets.UTF_8);
            disputes.textRowsChangedOn(date, DisputesCsv.header(), row -> {
                figures.dispute(row, day);
                out.row(row);
            });
            out.commit();
        }
        betweenFiles.run();
        List<ReportedException> reported = new ArrayList<>(exceptions.claimForDailyReport(date));
        reported.sort(ExceptionsCsv.ORDER);
        CsvFileWriter.write(dir.resolve(ExceptionsCsv.FILE), ExceptionsCsv.values(), reported);
        betweenFiles.run();
        CsvFileWriter.write(dir.resolve(ProviderTotalsCsv.FILE), ProviderTotalsCsv.values(), providerTotals.forDate(date));
        betweenFiles.run();
        settlements.removeParts(reportsDir, date);
        return figures;
    }
}
