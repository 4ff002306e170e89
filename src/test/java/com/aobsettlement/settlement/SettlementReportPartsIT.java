package com.aobsettlement.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.reports.settlements.SettlementParts;
import com.aobsettlement.support.Cli;
import com.aobsettlement.support.Scenario;
import com.aobsettlement.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * settlements.csv comes from the parts the settle step wrote when they can give it, and from the database
 * when they cannot (too many runs, or a database whose order is not byte order); all give the same files.
 * The claims here are imported in falling claim-number order, so every chunk of a partition begins a new
 * run of its part.
 */
class SettlementReportPartsIT {
    static final String DATE = "2026-11-26";
    static final String[] FILES = {"settlements.csv", "disputes.csv", "exceptions.csv", "provider_totals.csv"};

    @Test
    void partsMergedOrGivenUpGiveTheSameFiles(@TempDir Path work) throws Exception {
        Path data = work.resolve("data");
        new Cli(Map.of()).ok("demo-data", data.toString(), "--claims", "300", "--seed", "5");
        reverseClaims(data.resolve("assignments.csv"));
        try (TestDatabase merged = TestDatabase.mariadb(); TestDatabase fromDatabase = TestDatabase.mariadb();
             TestDatabase caseless = TestDatabase.mariadb()) {
            // 300 claims in 4 partitions, chunks of 25: 3 runs per part, under the limit
            settle(merged, work.resolve("merged"), data, "25", null);
            // chunks of 4: 19 runs per part, over the limit, so every part is given up
            settle(fromDatabase, work.resolve("db"), data, "4", null);
            // a database that sorts claim numbers without regard to case: byte order is not its order
            settle(caseless, work.resolve("caseless"), data, "25", "ALTER TABLE settlements MODIFY claim_number "
                    + "VARCHAR(50) NOT NULL COLLATE utf8mb4_general_ci");

            int settled = merged.jdbc().queryForObject("SELECT COUNT(*) FROM settlements", Integer.class);
            assertThat(settled).isBetween(280, 300);
            assertThat(log(work.resolve("merged"))).contains("settlements.csv of " + DATE + " merged from 4 parts (" + settled + " rows)")
                    .doesNotContain("given up");
            assertThat(log(work.resolve("db"))).contains("settlements.csv part partition0 given up")
                    .contains("settlements.csv of " + DATE + " is read from the database: part partition0 was given up");
            assertThat(log(work.resolve("caseless"))).contains("settlements.csv of " + DATE + " is read from the database: "
                    + "the database sorts claim numbers by utf8mb4_general_ci, not by bytes");
            for (String file : FILES) {
                assertThat(Scenario.read(work.resolve("merged/reports/daily/" + DATE + "/" + file))).as(file)
                        .isEqualTo(Scenario.read(work.resolve("db/reports/daily/" + DATE + "/" + file)))
                        .isEqualTo(Scenario.read(work.resolve("caseless/reports/daily/" + DATE + "/" + file)));
            }
            assertThat(Scenario.read(work.resolve("merged/reports/daily/" + DATE + "/settlements.csv")).lines().count())
                    .isEqualTo(settled + 1);
            // the parts are gone once the report is written, files and records
            for (String run : new String[] {"merged", "db"}) {
                assertThat(SettlementParts.dir(work.resolve(run + "/reports"), LocalDate.parse(DATE))).doesNotExist();
            }
            assertThat(merged.jdbc().queryForObject("SELECT COUNT(*) FROM settlement_report_parts", Integer.class)).isZero();
        }
    }

    /** Imports the data, runs {@code sql} (if any) on the migrated database, and settles. */
    private static void settle(TestDatabase db, Path work, Path data, String chunk, String sql) {
        Map<String, String> settings = new java.util.HashMap<>(db.settings(work));
        settings.put("AOB_CHUNK_SIZE", chunk);
        Cli cli = new Cli(settings);
        Scenario.importFolder(cli, data);
        if (sql != null) {
            db.jdbc().execute(sql);
        }
        cli.ok("settle", "--date", DATE);
    }

    private static String log(Path work) throws Exception {
        return Files.readString(work.resolve("logs/aob-settlement.log"));
    }

    /** Rewrites assignments.csv with its claims (each with its lines, in order) in reverse order. */
    private static void reverseClaims(Path assignments) throws Exception {
        List<String> lines = Files.readAllLines(assignments);
        Map<String, List<String>> claims = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            claims.computeIfAbsent(line.substring(0, line.indexOf(',')), k -> new ArrayList<>()).add(line);
        }
        List<List<String>> groups = new ArrayList<>(claims.values());
        Collections.reverse(groups);
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        groups.forEach(out::addAll);
        Files.write(assignments, out);
    }
}
