package com.aobsettlement.reports;

import com.aobsettlement.domain.Money;
import com.aobsettlement.store.DisputeStore;
import com.aobsettlement.store.ExceptionStore;
import com.aobsettlement.store.ExceptionStore.ReportedException;
import com.aobsettlement.store.ProviderTotalsStore;
import com.aobsettlement.store.ProviderTotalsStore.ProviderTotal;
import com.aobsettlement.store.ReportPartStore;
import com.aobsettlement.store.SettlementStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The four daily files of DOMAIN.md §10 under {@code reports/daily/D/}. */
@Component
public class DailyReportWriter {
    private static final Logger log = LoggerFactory.getLogger(DailyReportWriter.class);
    public static final List<String> SETTLEMENTS = List.of("claim_number", "business_date", "status", "billed", "allowed",
            "patient_responsibility", "payer_expected", "payer_paid", "underpaid", "interest_due", "refund_reserve",
            "collected", "fee", "net_to_provider");
    public static final List<String> DISPUTES = List.of("claim_number", "kind", "amount", "opened_on", "respond_by", "status");
    public static final List<String> EXCEPTIONS = List.of("source", "record_ref", "reason_code", "message");
    public static final List<String> PROVIDER_TOTALS = List.of("provider_npi", "claims", "collected", "fee", "net_to_provider");

    private final SettlementStore settlements;
    private final DisputeStore disputes;
    private final ExceptionStore exceptions;
    private final ProviderTotalsStore providerTotals;
    private final ReportPartStore reportParts;

    public DailyReportWriter(SettlementStore settlements, DisputeStore disputes, ExceptionStore exceptions,
                             ProviderTotalsStore providerTotals, ReportPartStore reportParts) {
        this.reportParts = reportParts;
        this.settlements = settlements;
        this.disputes = disputes;
        this.exceptions = exceptions;
        this.providerTotals = providerTotals;
    }

    public static Path dailyDir(Path reportsDir, LocalDate date) {
        return reportsDir.resolve("daily").resolve(date.toString());
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
        DailyFigures figures = writeSettlements(reportsDir, date);
        betweenFiles.run();
        try (CsvFileWriter out = new CsvFileWriter(dir.resolve("disputes.csv"), DISPUTES)) {
            byte[] day = date.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            disputes.csvRowsChangedOn(date, row -> {
                figures.dispute(row, day);
                out.row(row);
            });
            out.commit();
        }
        betweenFiles.run();
        try (CsvFileWriter out = new CsvFileWriter(dir.resolve("exceptions.csv"), EXCEPTIONS)) {
            List<ReportedException> rows = new ArrayList<>(exceptions.claimForDailyReport(date));
            rows.sort(Comparator.comparing(ReportedException::source).thenComparing(ReportedException::recordRef, NATURAL)
                    .thenComparing(ReportedException::reasonCode).thenComparing(ReportedException::message));
            for (ReportedException e : rows) {
                out.row(List.of(e.source(), e.recordRef(), e.reasonCode(), e.message()));
            }
            out.commit();
        }
        betweenFiles.run();
        try (CsvFileWriter out = new CsvFileWriter(dir.resolve("provider_totals.csv"), PROVIDER_TOTALS)) {
            for (ProviderTotal t : providerTotals.forDate(date)) {
                out.row(List.of(t.providerNpi(), Integer.toString(t.claims()), Money.format(t.collected()),
                        Money.format(t.fee()), Money.format(t.netToProvider())));
            }
            out.commit();
        }
        betweenFiles.run();
        SettlementParts.delete(reportsDir, date);
        reportParts.delete(date);
        return figures;
    }

    /**
     * settlements.csv: merged from the parts the settle step wrote ({@link SettlementParts}), or, when they
     * cannot give it, read from the database. Both write the same bytes.
     */
    private DailyFigures writeSettlements(Path reportsDir, LocalDate date) {
        Path target = dailyDir(reportsDir, date).resolve("settlements.csv");
        List<ReportPartStore.PartState> parts = reportParts.forDate(date);
        if (!parts.isEmpty()) {
            DailyFigures figures = new DailyFigures();
            try (CsvFileWriter out = new CsvFileWriter(target, SETTLEMENTS)) {
                long rows = settlements.countForDate(date);
                String collation = settlements.claimNumberCollation();
                // the parts are in byte order, which is the database's order for the claim numbers they hold
                // under a binary collation
                String problem = collation != null && !collation.endsWith("_bin")
                        ? "the database sorts claim numbers by " + collation + ", not by bytes"
                        : SettlementParts.merge(SettlementParts.dir(reportsDir, date), parts, rows, out, figures::settlement);
                if (problem == null) {
                    out.commit();
                    log.info("settlements.csv of {} merged from {} parts ({} rows)", date, parts.size(), rows);
                    return figures;
                }
                log.info("settlements.csv of {} is read from the database: {}", date, problem);
            }
        }
        DailyFigures figures = new DailyFigures();
        try (CsvFileWriter out = new CsvFileWriter(target, SETTLEMENTS)) {
            settlements.csvRowsForDate(date, row -> {
                figures.settlement(row[2]);
                out.row(row);
            });
            out.commit();
        }
        return figures;
    }

    /** Orders "file.csv:9" before "file.csv:10". */
    static final Comparator<String> NATURAL = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };
}
