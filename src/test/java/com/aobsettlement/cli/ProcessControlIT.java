package com.aobsettlement.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.support.AppProcess;
import com.aobsettlement.support.Cli;
import com.aobsettlement.support.Scenario;
import com.aobsettlement.support.TableDump;
import com.aobsettlement.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Graceful stop (SIGTERM), one settlement at a time across processes, and a database connection
 * killed mid-chunk: each run ends cleanly (no stack trace), is resumed, and gives the result of an
 * uninterrupted run.
 */
class ProcessControlIT {
    static final String DATE = "2026-11-26";
    @TempDir
    static Path shared;
    static TestDatabase reference;
    static Path data;

    @BeforeAll
    static void referenceRun() {
        data = shared.resolve("data");
        reference = TestDatabase.mariadb();
        Cli cli = new Cli(settings(reference, shared.resolve("reference")));
        cli.ok("demo-data", data.toString(), "--claims", "4000", "--seed", "5");
        Scenario.importFolder(cli, data);
        cli.ok("settle", "--date", DATE);
    }

    @AfterAll
    static void dropReference() {
        reference.close();
    }

    @Test
    void sigtermStopsAfterTheCurrentChunk_andTheRunResumes(@TempDir Path work) {
        try (TestDatabase db = TestDatabase.mariadb()) {
            Map<String, String> env = prepare(db, work);
            env.put("AOB_PARTITIONS", "1");
            AppProcess child = AppProcess.start(work, env, Map.of("aob.test.pause-at", "write:3", "aob.test.pause-ms", "2000"),
                    "settle", "--date", DATE);
            assertThat(child.awaitErr("@pause write:3", Duration.ofSeconds(60))).as(child.toString()).isTrue();
            child.terminate();
            int code = child.waitFor(Duration.ofSeconds(60));
            assertThat(code).as(child.toString()).isEqualTo(1);
            assertThat(child.err()).contains("Stopping Settlement of " + DATE + " after the current chunk commits")
                    .contains("Settlement of " + DATE + " stopped after its last committed chunk (execution ")
                    .contains("Resume it with: java -jar aob-settlement.jar settle --date " + DATE)
                    .doesNotContain("\tat ");
            // the chunk in progress committed: 3 chunks of 100 (one partition, so that the count is exact)
            assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM settlements", Integer.class)).isEqualTo(300);
            assertThat(db.jdbc().queryForObject("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC LIMIT 1",
                    String.class)).isEqualTo("STOPPED");

            Cli.Result restart = new Cli(env).ok("restart");
            assertThat(restart.err()).contains("Restarting execution");
            assertSameAsReference(db, work);
        }
    }

    @Test
    void twoSettlementsStartedTogether_exactlyOneRuns(@TempDir Path work) {
        try (TestDatabase db = TestDatabase.mariadb()) {
            Map<String, String> env = prepare(db, work);
            Map<String, String> slow = Map.of("aob.test.pause-at", "write:1", "aob.test.pause-ms", "3000");
            AppProcess first = AppProcess.start(work, env, slow, "settle", "--date", DATE);
            AppProcess second = AppProcess.start(work, env, slow, "settle", "--date", "2026-11-27");
            int a = first.waitFor(Duration.ofSeconds(120));
            int b = second.waitFor(Duration.ofSeconds(120));
            assertThat(List.of(a, b)).as(first + "\n" + second).containsExactlyInAnyOrder(0, 3);
            AppProcess refused = a == 3 ? first : second;
            assertThat(refused.err()).containsPattern("Another endOfDaySettlement is running: execution \\d+ \\(endOfDaySettlement businessDate=")
                    .doesNotContain("\tat ");
            assertThat(db.jdbc().queryForObject("SELECT COUNT(DISTINCT business_date) FROM settlements", Integer.class)).isEqualTo(1);

            // and while one runs, a second is refused at once, naming it
            AppProcess running = AppProcess.start(work, env, Map.of("aob.test.pause-at", "write:1", "aob.test.pause-ms", "20000"),
                    "settle", "--date", "2026-11-30");
            assertThat(running.awaitErr("@pause write:1", Duration.ofSeconds(60))).isTrue();
            Cli.Result meanwhile = new Cli(env).run("settle", "--date", "2026-12-01");
            assertThat(meanwhile.exitCode()).isEqualTo(3);
            assertThat(meanwhile.err()).contains("Another endOfDaySettlement is running: execution ")
                    .contains("businessDate=2026-11-30");
            // the guard is per database: a settlement of another database on the same server runs meanwhile
            try (TestDatabase other = TestDatabase.mariadb()) {
                Cli.Result elsewhere = new Cli(prepare(other, work.resolve("other"))).run("settle", "--date", DATE);
                assertThat(elsewhere.exitCode()).as(elsewhere.toString()).isZero();
            }
            assertThat(running.alive()).isTrue();
            assertThat(running.waitFor(Duration.ofSeconds(120))).isZero();
        }
    }

    @Test
    void connectionKilledDuringAChunk_failsCleanly_andRestartCompletes(@TempDir Path work) {
        try (TestDatabase db = TestDatabase.mariadb()) {
            Map<String, String> env = prepare(db, work);
            AppProcess child = AppProcess.start(work, env, Map.of("aob.test.pause-at", "write:4", "aob.test.pause-ms", "3000"),
                    "settle", "--date", DATE);
            assertThat(child.awaitErr("@pause write:4", Duration.ofSeconds(60))).as(child.toString()).isTrue();
            String schema = db.url().substring(db.url().lastIndexOf('/') + 1);
            List<Long> ids = db.jdbc().queryForList("SELECT ID FROM information_schema.PROCESSLIST WHERE DB = ? "
                    + "AND ID <> CONNECTION_ID()", Long.class, schema);
            assertThat(ids).isNotEmpty();
            for (Long id : ids) {
                db.jdbc().execute("KILL CONNECTION " + id);
            }
            int code = child.waitFor(Duration.ofSeconds(120));
            assertThat(code).as(child.toString()).isEqualTo(1);
            assertThat(child.err()).contains("Settlement of " + DATE + " failed (execution ")
                    .contains("run the same command again to resume").doesNotContain("\tat ");
            assertThat(Files.exists(work.resolve("logs/aob-settlement.log"))).isTrue();
            assertThat(Scenario.read(work.resolve("logs/aob-settlement.log"))).contains("\tat ");

            Cli.Result restart = new Cli(env).ok("restart");
            assertThat(restart.out()).contains("Settlement of " + DATE + " completed");
            assertSameAsReference(db, work);
        }
    }

    static Map<String, String> prepare(TestDatabase db, Path work) {
        Map<String, String> env = settings(db, work);
        Scenario.importFolder(new Cli(env), data);
        return env;
    }

    static void assertSameAsReference(TestDatabase db, Path work) {
        for (String table : TableDump.QUERIES.keySet()) {
            assertThat(TableDump.dump(db.jdbc(), table)).as(table).isEqualTo(TableDump.dump(reference.jdbc(), table));
        }
        for (String file : new String[] {"settlements.csv", "disputes.csv", "exceptions.csv", "provider_totals.csv"}) {
            assertThat(Scenario.read(work.resolve("reports/daily/" + DATE + "/" + file))).as(file)
                    .isEqualTo(Scenario.read(shared.resolve("reference/reports/daily/" + DATE + "/" + file)));
        }
    }

    static Map<String, String> settings(TestDatabase db, Path work) {
        Map<String, String> settings = new HashMap<>(db.settings(work));
        settings.put("AOB_CHUNK_SIZE", "100");
        return settings;
    }
}
