package com.aobsettlement.reports.settlements;

import com.aobsettlement.domain.ClaimStatus;
import com.aobsettlement.reports.csv.CsvFileWriter;
import com.aobsettlement.reports.csv.ReportFolders;
import com.aobsettlement.reports.csv.SettlementsCsv;
import com.aobsettlement.store.ReportPartStore;
import com.aobsettlement.store.ReportPartStore.PartState;
import com.aobsettlement.store.SettlementStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The report step's settlements.csv ({@link SettlementsCsv}): merged from the parts the settle step wrote
 * ({@link SettlementParts}) when they can give it, else read from the database. Both write the same bytes; the
 * log says which way it went.
 */
@Component
public class SettlementsFile {
    private static final Logger log = LoggerFactory.getLogger(SettlementsFile.class);

    private final SettlementStore settlements;
    private final ReportPartStore reportParts;

    public SettlementsFile(SettlementStore settlements, ReportPartStore reportParts) {
        this.settlements = settlements;
        this.reportParts = reportParts;
    }

    /** Writes the day's settlements.csv and returns its rows counted by status (the statuses met only). */
    public Map<ClaimStatus, Long> write(Path reportsDir, LocalDate date) {
        Path target = ReportFolders.daily(reportsDir, date).resolve(SettlementsCsv.FILE);
        List<PartState> parts = reportParts.forDate(date);
        if (!parts.isEmpty()) {
            long[] counts = new long[ClaimStatus.values().length];
            try (CsvFileWriter out = new CsvFileWriter(target, SettlementsCsv.header())) {
                long rows = settlements.countForDate(date);
                String collation = settlements.claimNumberCollation();
                // the parts are in byte order, which is the database's order for the claim numbers they hold
                // under a binary collation
                String problem = collation != null && !collation.endsWith("_bin")
                        ? "the database sorts claim numbers by " + collation + ", not by bytes"
                        : PartsMerge.merge(SettlementParts.dir(reportsDir, date), parts, rows, out,
                                status -> counts[status.ordinal()]++);
                if (problem == null) {
                    out.commit();
                    log.info("settlements.csv of {} merged from {} parts ({} rows)", date, parts.size(), rows);
                    return byStatus(counts);
                }
                log.info("settlements.csv of {} is read from the database: {}", date, problem);
            }
        }
        long[] counts = new long[ClaimStatus.values().length];
        try (CsvFileWriter out = new CsvFileWriter(target, SettlementsCsv.header())) {
            settlements.textRowsForDate(date, SettlementsCsv.header(), row -> {
                counts[SettlementsCsv.status(row).ordinal()]++;
                out.row(row);
            });
            out.commit();
        }
        return byStatus(counts);
    }

    /** Removes the day's parts, files and records: once the day's report files are all in place. */
    public void removeParts(Path reportsDir, LocalDate date) {
        SettlementParts.delete(reportsDir, date);
        reportParts.delete(date);
    }

    private static Map<ClaimStatus, Long> byStatus(long[] counts) {
        Map<ClaimStatus, Long> byStatus = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus status : ClaimStatus.values()) {
            if (counts[status.ordinal()] > 0) {
                byStatus.put(status, counts[status.ordinal()]);
            }
        }
        return byStatus;
    }
}
