package com.aobsettlement.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.support.AppProcess;
import com.aobsettlement.support.Cli;
import com.aobsettlement.support.Scenario;
import com.aobsettlement.support.TableDump;
import com.aobsettlement.support.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DOMAIN.md §9 "exactly once": 20,000 generated claims imported and settled by child processes
 * that are killed with SIGKILL over and over, at chosen points (the reader, inside a chunk's
 * transaction, between chunks, between two report files, during the import) and at random moments,
 * each time resumed by running the same command again. At the end every table that matters and
 * every report file equal those of an uninterrupted run of the same data.
 */
class KillAndRestartIT {
    static final String DATE = "2026-11-26";
    static final long SEED = Long.getLong("kill.seed", 20261126L);

    @Test
    void sigkillAnywhereThenResumeGivesTheUninterruptedResult(@TempDir Path work) {
        Path data = work.resolve("data");
        try (TestDatabase clean = TestDatabase.mariadb(); TestDatabase killed = TestDatabase.mariadb()) {
            Cli reference = new Cli(settings(clean, work.resolve("clean")));
            reference.ok("demo-data", data.toString(), "--claims", "20000", "--seed", "11");
            Scenario.importFolder(reference, data);
            reference.ok("settle", "--date", DATE);

            Path crashWork = work.resolve("killed");
            crashWork.toFile().mkdirs();
            Map<String, String> env = settings(killed, crashWork);
            Cli cli = new Cli(env);
            cli.ok("import", "providers", data.resolve("providers.csv").toString());
            cli.ok("import", "payers", data.resolve("payers.csv").toString());
            cli.ok("import", "fee-schedule", data.resolve("fee_schedule.csv").toString());

            Random random = new Random(SEED);
            int kills = 0;
            String[] importArgs = {"import", "assignments", data.resolve("assignments.csv").toString()};
            for (String point : new String[] {"import-write:2", "import-between:3", "random"}) {
                kills += killAt(crashWork, env, point, random, importArgs);
            }
            finish(crashWork, env, importArgs);
            cli.ok("import", "remittances", data.resolve("remittances.csv").toString());

            String[] settleArgs = {"settle", "--date", DATE};
            for (String point : new String[] {"read:1", "write:1", "between:1", "random", "write:2", "read:3", "between:2",
                "random", "write:3", "random", "report:1", "report:3"}) {
                kills += killAt(crashWork, env, point, random, settleArgs);
            }
            finish(crashWork, env, settleArgs);
            assertThat(kills).as("kills that hit a running process").isGreaterThanOrEqualTo(12);

            for (String table : TableDump.QUERIES.keySet()) {
                if (!table.equals("exceptions")) {
                    assertThat(TableDump.dump(killed.jdbc(), table)).as(table).isEqualTo(TableDump.dump(clean.jdbc(), table));
                }
            }
            // exceptions: the same rows (the import's file path differs between the two runs' folders only in source_file)
            assertThat(TableDump.dump(killed.jdbc(), "exceptions")).isEqualTo(TableDump.dump(clean.jdbc(), "exceptions"));
            for (String file : new String[] {"settlements.csv", "disputes.csv", "exceptions.csv", "provider_totals.csv"}) {
                assertThat(Scenario.read(crashWork.resolve("reports/daily/" + DATE + "/" + file))).as(file)
                        .isEqualTo(Scenario.read(work.resolve("clean/reports/daily/" + DATE + "/" + file)));
            }
            System.out.printf("kill test: %d SIGKILLs survived, seed %d%n", kills, SEED);
        }
    }

    /** Starts the command, kills it with SIGKILL at the point; returns 1 when the kill hit a running process. */
    static int killAt(Path work, Map<String, String> env, String point, Random random, String... args) {
        Map<String, String> props = new HashMap<>();
        if (!point.equals("random")) {
            props.put("aob.test.pause-at", point);
        }
        AppProcess child = AppProcess.start(work, env, props, args);
        boolean reached;
        if (point.equals("random")) {
            AppProcess.sleep(800 + random.nextInt(2500));
            reached = child.alive();
        } else {
            reached = child.awaitErr("@pause " + point, Duration.ofSeconds(90));
        }
        if (!reached) {
            int code = child.waitFor(Duration.ofSeconds(120));
            assertThat(code).as("a run that was not killed ends cleanly: " + child).isIn(0, 3);
            return 0;
        }
        child.kill();
        return 1;
    }

    static void finish(Path work, Map<String, String> env, String... args) {
        AppProcess last = AppProcess.start(work, env, Map.of(), args);
        int code = last.waitFor(Duration.ofSeconds(180));
        assertThat(code).as(last.toString()).isIn(0, 3);
        assertThat(last.err()).doesNotContain("\tat ");
    }

    static Map<String, String> settings(TestDatabase db, Path work) {
        Map<String, String> settings = new HashMap<>(db.settings(work));
        settings.put("AOB_CHUNK_SIZE", "500");
        return settings;
    }

}
