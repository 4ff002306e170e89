package com.aobsettlement.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.support.Cli;
import com.aobsettlement.support.Scenario;
import com.aobsettlement.support.TableDump;
import com.aobsettlement.support.TestDatabase;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A settlement made to fail after some chunks (an injected failure in the writer, after its SQL
 * ran) and then resumed by running the same command again ends with exactly the rows of an
 * uninterrupted run, and no claim is settled twice.
 */
class SettlementRestartIT {
    static final String DATE = "2026-11-26";
    private static final int CHUNK = 25;
    private static final int FAIL_AFTER = 130;

    @Test
    void failedRunResumesFromItsLastCheckpoint(@TempDir Path work) {
        try (TestDatabase clean = TestDatabase.mariadb(); TestDatabase failing = TestDatabase.mariadb()) {
            Path data = work.resolve("data");
            Cli reference = prepare(clean, work.resolve("clean"), data);
            reference.ok("settle", "--date", DATE);

            Cli cli = prepare(failing, work.resolve("failing"), data);
            Cli.Result failed = cli.run(Map.of("aob.fault.fail-after-claims", String.valueOf(FAIL_AFTER)), "settle", "--date", DATE);
            assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
            assertThat(failed.err()).contains("injected failure after " + FAIL_AFTER + " claims")
                    .contains("run the same command again to resume").doesNotContain("\tat ");
            // The chunks counted before the count passed 130 committed; the one that passed it, and every chunk
            // of any partition after it, rolled back. Chunks hold at most 25 claims, fewer at a partition's end,
            // and which ones come first depends on the 4 threads: 106 to 130 claims stay settled.
            int settledBefore = failing.jdbc().queryForObject("SELECT COUNT(*) FROM settlements", Integer.class);
            assertThat(settledBefore).isBetween(FAIL_AFTER - CHUNK + 1, FAIL_AFTER);

            Cli.Result resumed = cli.ok("settle", "--date", DATE);
            assertThat(resumed.out()).contains("Settlement of " + DATE + " completed");
            // The resumed run's progress counts only what was left: each partition after its checkpoint.
            int left = failing.jdbc().queryForObject("SELECT COUNT(*) FROM settlements", Integer.class) - settledBefore;
            assertThat(resumed.err()).contains("claims settled: " + left + " of " + left + " (100%)");
            int all = clean.jdbc().queryForObject("SELECT COUNT(*) FROM settlements", Integer.class);
            assertThat(left).isLessThan(all);

            for (String table : TableDump.QUERIES.keySet()) {
                assertThat(TableDump.dump(failing.jdbc(), table)).as(table).isEqualTo(TableDump.dump(clean.jdbc(), table));
            }
            for (String file : new String[] {"settlements.csv", "disputes.csv", "exceptions.csv", "provider_totals.csv"}) {
                assertThat(Scenario.read(work.resolve("failing/reports/daily/" + DATE + "/" + file))).as(file)
                        .isEqualTo(Scenario.read(work.resolve("clean/reports/daily/" + DATE + "/" + file)));
            }
            assertThat(failing.jdbc().queryForObject("SELECT COUNT(*) - COUNT(DISTINCT claim_id) FROM settlements", Integer.class))
                    .isZero();
            // settlements.csv came from the parts the two executions wrote, the rolled-back chunk's rows cut off
            assertThat(Scenario.read(work.resolve("failing/logs/aob-settlement.log")))
                    .contains("settlements.csv of " + DATE + " merged from 4 parts (" + all + " rows)")
                    .doesNotContain("read from the database");
            // The restart ran the same job instance: two executions, the first FAILED, the second COMPLETED.
            assertThat(failing.jdbc().queryForList("SELECT e.STATUS FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
                    + "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'endOfDaySettlement' ORDER BY e.JOB_EXECUTION_ID",
                    String.class)).containsExactly("FAILED", "COMPLETED");
        }
    }

    private static Cli prepare(TestDatabase db, Path work, Path data) {
        Map<String, String> settings = new java.util.HashMap<>(db.settings(work));
        settings.put("AOB_CHUNK_SIZE", String.valueOf(CHUNK));
        Cli cli = new Cli(settings);
        if (!data.resolve("assignments.csv").toFile().exists()) {
            cli.ok("demo-data", data.toString(), "--claims", "300", "--seed", "7");
        }
        Scenario.importFolder(cli, data);
        return cli;
    }
}
