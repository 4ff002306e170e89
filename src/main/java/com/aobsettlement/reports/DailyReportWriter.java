package com.aobsettlement.reports;

import com.aobsettlement.domain.Dispute;
import com.aobsettlement.domain.Money;
import com.aobsettlement.domain.Settlement;
import com.aobsettlement.store.DisputeStore;
import com.aobsettlement.store.DisputeStore.ClaimDispute;
import com.aobsettlement.store.ExceptionStore;
import com.aobsettlement.store.ExceptionStore.ReportedException;
import com.aobsettlement.store.ProviderTotalsStore;
import com.aobsettlement.store.ProviderTotalsStore.ProviderTotal;
import com.aobsettlement.store.SettlementStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.stereotype.Component;

/** The four daily files of DOMAIN.md §10 under {@code reports/daily/D/}. */
@Component
public class DailyReportWriter {
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

    public DailyReportWriter(SettlementStore settlements, DisputeStore disputes, ExceptionStore exceptions,
                             ProviderTotalsStore providerTotals) {
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
     * Parts settlements.csv is read in, side by side on their own connections: the query is bound by
     * the database's random reads (the rows are stored in settling order, the file is by claim number),
     * and two run in parallel in less time than one on the whole (1,000,000 rows, MariaDB, 2 cores: 6.1 s
     * as one query, 4.6 s as two halves side by side, 4.1 s as four quarters).
     */
    static final int SETTLEMENT_PARTS = 2;

    /**
     * Writes the files, calling {@code betweenFiles} after each one, and returns the run summary's counts,
     * taken from the rows written (see {@link DailyFigures}). settlements.csv, by far the largest, is
     * read in {@link #SETTLEMENT_PARTS} parts: the later parts on their own threads into scratch files while
     * this thread writes the first, after which the scratch files are appended in order; then the other
     * three files, one after the other (the disputes query slowed from 1.4 s to 5.8 s at 1,000,000
     * claims when it ran beside the settlements parts, as the disk reads are shared). Every file is
     * still whole or absent.
     */
    public DailyFigures write(Path reportsDir, LocalDate date, Runnable betweenFiles) {
        Path dir = dailyDir(reportsDir, date);
        DailyFigures figures = new DailyFigures();
        Path target = dir.resolve("settlements.csv");
        List<String> cuts = settlements.claimNumberCuts(SETTLEMENT_PARTS);
        List<CsvFileWriter> scratch = new ArrayList<>();
        ExecutorService threads = cuts.isEmpty() ? null : Executors.newFixedThreadPool(cuts.size(), r -> {
            Thread t = new Thread(r, "aob-report");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<DailyFigures>> later = new ArrayList<>();
            for (int i = 0; i < cuts.size(); i++) {
                CsvFileWriter part = CsvFileWriter.part(dir.resolve("settlements.csv.part" + (i + 1) + ".tmp"));
                scratch.add(part);
                String from = cuts.get(i);
                String to = i + 1 < cuts.size() ? cuts.get(i + 1) : null;
                later.add(threads.submit(() -> settlementRows(date, from, to, part)));
            }
            try (CsvFileWriter out = new CsvFileWriter(target, SETTLEMENTS)) {
                figures.add(settlementRows(date, null, cuts.isEmpty() ? null : cuts.get(0), out));
                for (int i = 0; i < later.size(); i++) {
                    figures.add(join(later.get(i)));
                    out.append(scratch.get(i));
                }
                out.commit();
            }
            betweenFiles.run();
            writeDisputes(dir, date, figures);
            betweenFiles.run();
            writeExceptions(dir, date);
            betweenFiles.run();
            writeProviderTotals(dir, date);
            betweenFiles.run();
            return figures;
        } finally {
            if (threads != null) {
                threads.shutdownNow();
            }
            scratch.forEach(CsvFileWriter::close);
        }
    }

    /** The settlements.csv rows of claim numbers [from, to) into {@code out}, with their counts. */
    private DailyFigures settlementRows(LocalDate date, String from, String to, CsvFileWriter out) {
        DailyFigures counts = new DailyFigures();
        settlements.csvRowsForDate(date, from, to, row -> {
            counts.settlement(row[2]);
            out.row(row);
        });
        return counts;
    }

    private static DailyFigures join(Future<DailyFigures> part) {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing settlements.csv", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("settlements.csv: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private void writeDisputes(Path dir, LocalDate date, DailyFigures figures) {
        try (CsvFileWriter out = new CsvFileWriter(dir.resolve("disputes.csv"), DISPUTES)) {
            disputes.changedOn(date, cd -> {
                Dispute d = cd.dispute();
                figures.dispute(cd.claimNumber(), d, date);
                out.row(List.of(cd.claimNumber(), d.kind().name(), Money.format(d.amount()), d.openedOn().toString(),
                        date(d.respondBy()), d.status().name()));
            });
            out.commit();
        }
    }

    private void writeExceptions(Path dir, LocalDate date) {
        try (CsvFileWriter out = new CsvFileWriter(dir.resolve("exceptions.csv"), EXCEPTIONS)) {
            List<ReportedException> rows = new ArrayList<>(exceptions.claimForDailyReport(date));
            rows.sort(Comparator.comparing(ReportedException::source).thenComparing(ReportedException::recordRef, NATURAL)
                    .thenComparing(ReportedException::reasonCode).thenComparing(ReportedException::message));
            for (ReportedException e : rows) {
                out.row(List.of(e.source(), e.recordRef(), e.reasonCode(), e.message()));
            }
            out.commit();
        }
    }

    private void writeProviderTotals(Path dir, LocalDate date) {
        try (CsvFileWriter out = new CsvFileWriter(dir.resolve("provider_totals.csv"), PROVIDER_TOTALS)) {
            for (ProviderTotal t : providerTotals.forDate(date)) {
                out.row(List.of(t.providerNpi(), Integer.toString(t.claims()), Money.format(t.collected()),
                        Money.format(t.fee()), Money.format(t.netToProvider())));
            }
            out.commit();
        }
    }

    static List<String> settlementRow(Settlement s) {
        return List.of(s.claimNumber(), s.businessDate().toString(), s.status().name(), Money.format(s.billed()),
                Money.format(s.allowed()), Money.format(s.patientResponsibility()), Money.format(s.payerExpected()),
                Money.format(s.payerPaid()), Money.format(s.underpaid()), Money.format(s.interestDue()),
                Money.format(s.refundReserve()), Money.format(s.collected()), Money.format(s.fee()),
                Money.format(s.netToProvider()));
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
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
