package com.aobsettlement.reports;

import com.aobsettlement.domain.MonthEndReport.Check;
import com.aobsettlement.domain.MonthEndReport.DueDispute;
import com.aobsettlement.domain.MonthEndReport.PayerAging;
import com.aobsettlement.domain.MonthEndReport.ProviderStatement;
import com.aobsettlement.domain.UnmatchedItem;
import com.aobsettlement.reports.csv.AgingCsv;
import com.aobsettlement.reports.csv.CsvFileWriter;
import com.aobsettlement.reports.csv.DisputesDueCsv;
import com.aobsettlement.reports.csv.ProviderStatementsCsv;
import com.aobsettlement.reports.csv.ReconciliationCsv;
import com.aobsettlement.reports.csv.ReportFolders;
import com.aobsettlement.reports.csv.UnmatchedCsv;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

/**
 * The five monthly CSV files of DOMAIN.md §10 under {@code reports/monthly/YYYY-MM/}, each written
 * whole or not at all, with the columns of its class in {@code reports.csv}. Rows come sorted from
 * their source.
 */
public final class MonthlyReportWriter {
    private MonthlyReportWriter() {
    }

    public static Path monthlyDir(Path reportsDir, YearMonth month) {
        return ReportFolders.monthly(reportsDir, month);
    }

    public static void reconciliation(Path dir, List<Check> checks) {
        CsvFileWriter.write(dir.resolve(ReconciliationCsv.FILE), ReconciliationCsv.values(), checks);
    }

    public static void unmatched(Path dir, List<UnmatchedItem> items) {
        CsvFileWriter.write(dir.resolve(UnmatchedCsv.FILE), UnmatchedCsv.values(), items);
    }

    public static void aging(Path dir, List<PayerAging> rows) {
        CsvFileWriter.write(dir.resolve(AgingCsv.FILE), AgingCsv.values(), rows);
    }

    public static void providerStatements(Path dir, List<ProviderStatement> rows) {
        CsvFileWriter.write(dir.resolve(ProviderStatementsCsv.FILE), ProviderStatementsCsv.values(), rows);
    }

    public static void disputesDue(Path dir, List<DueDispute> rows) {
        CsvFileWriter.write(dir.resolve(DisputesDueCsv.FILE), DisputesDueCsv.values(), rows);
    }
}
