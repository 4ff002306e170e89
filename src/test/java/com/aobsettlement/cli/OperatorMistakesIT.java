package com.aobsettlement.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.support.AppProcess;
import com.aobsettlement.support.Cli;
import com.aobsettlement.support.Inaccessible;
import com.aobsettlement.support.Scenario;
import com.aobsettlement.support.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 18, "no operator mistake can break the books": a date settled ahead of time, a later date
 * settled while an earlier one is unfinished, a restart of a run that does not exist and a log
 * folder that cannot be written are each refused with a plain line, and leave nothing behind.
 */
class OperatorMistakesIT {
    static final String SETTLEMENTS = "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
            + "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'endOfDaySettlement'";

    @Test
    void aDateAfterTodayIsRefused_andTheRealDatesStaySettleable(@TempDir Path work) {
        try (TestDatabase db = TestDatabase.mariadb()) {
            Cli cli = new Cli(db.settings(work));
            new Scenario("worked-examples").importAll(cli);
            LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));

            Cli.Result ahead = cli.run("settle", "--date", "2099-12-31");
            assertThat(ahead.exitCode()).as(ahead.toString()).isEqualTo(2);
            assertThat(ahead.err()).isEqualTo("2099-12-31 is in the future (today is " + today
                    + " in America/New_York, AOB_ZONE): settle a date up to today.\n");
            assertThat(ahead.out()).isEmpty();
            assertThat(db.jdbc().queryForObject(SETTLEMENTS, Integer.class)).isZero();

            // the business zone decides what today is (the tests fix it with aob.test.today)
            Cli.Result tomorrow = cli.run(Map.of("aob.test.today", "2026-11-26", "AOB_ZONE", "Pacific/Kiritimati"),
                    "settle", "--date", "2026-11-27");
            assertThat(tomorrow.exitCode()).as(tomorrow.toString()).isEqualTo(2);
            assertThat(tomorrow.err()).isEqualTo("2026-11-27 is in the future (today is 2026-11-26 in Pacific/Kiritimati, "
                    + "AOB_ZONE): settle a date up to today.\n");

            Cli.Result real = cli.run(Map.of("aob.test.today", "2026-11-26"), "settle", "--date", "2026-11-26");
            assertThat(real.exitCode()).as(real.toString()).isZero();
        }
    }

    @Test
    void anUnfinishedDateIsCompletedBeforeAnyOtherIsSettled(@TempDir Path work) {
        try (TestDatabase db = TestDatabase.mariadb()) {
            Map<String, String> settings = new HashMap<>(db.settings(work));
            settings.put("AOB_CHUNK_SIZE", "2");
            settings.put("AOB_PARTITIONS", "1");
            Cli cli = new Cli(settings);
            new Scenario("worked-examples").importAll(cli);
            JdbcTemplate jdbc = db.jdbc();

            Cli.Result failed = cli.run(Map.of("aob.fault.fail-after-claims", "3"), "settle", "--date", "2026-11-26");
            assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
            long id = jdbc.queryForObject("SELECT MAX(e.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
                    + "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'endOfDaySettlement'", Long.class);

            String resume = ". Resume it first: java -jar aob-settlement.jar settle --date 2026-11-26 (or restart " + id + ").\n";
            Cli.Result later = cli.run("settle", "--date", "2026-11-27");
            assertThat(later.exitCode()).as(later.toString()).isEqualTo(3);
            assertThat(later.err()).isEqualTo("2026-11-27 cannot be settled yet: the settlement of 2026-11-26 did not complete "
                    + "(execution " + id + ", FAILED)" + resume);
            Cli.Result earlier = cli.run("settle", "--date", "2026-11-25");
            assertThat(earlier.exitCode()).isEqualTo(3);
            assertThat(earlier.err()).startsWith("2026-11-25 cannot be settled yet: the settlement of 2026-11-26 did not complete");

            // stopped (SIGTERM), or left STARTED by a process that died: the same
            String endTime = jdbc.queryForObject("SELECT CAST(END_TIME AS CHAR) FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
                    String.class, id);
            jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STOPPED' WHERE JOB_EXECUTION_ID = ?", id);
            assertThat(cli.run("settle", "--date", "2026-11-27").err()).contains("(execution " + id + ", STOPPED)" + resume);
            jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL WHERE JOB_EXECUTION_ID = ?", id);
            Cli.Result dead = cli.run("settle", "--date", "2026-11-27");
            assertThat(dead.exitCode()).isEqualTo(3);
            assertThat(dead.err()).contains("(execution " + id + ", left STARTED by a process that is gone)" + resume);
            jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'FAILED', END_TIME = ? WHERE JOB_EXECUTION_ID = ?", endTime, id);

            assertThat(jdbc.queryForObject(SETTLEMENTS, Integer.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM settlements WHERE business_date <> '2026-11-26'", Integer.class))
                    .isZero();

            Cli.Result restart = cli.ok("restart");
            assertThat(restart.out()).contains("Settlement of 2026-11-26 completed (execution ");
            assertThat(work.resolve("reports/daily/2026-11-26/settlements.csv")).exists();
            cli.ok("settle", "--date", "2026-11-27");
        }
    }

    @Test
    void restartOfARunThatDoesNotExist(@TempDir Path work) {
        try (TestDatabase db = TestDatabase.mariadb()) {
            Cli.Result r = new Cli(db.settings(work)).run("restart", "99999");
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
            assertThat(r.err()).isEqualTo("No run with id 99999 (see `status`).\n");
        }
    }

    @Test
    void anUnwritableLogFolderIsRefusedBeforeLoggingStarts(@TempDir Path work) {
        Path folder = Inaccessible.folder(work);
        Map<String, String> env = new HashMap<>(TestDatabase.h2(work.resolve("db")).settings(work));
        env.put("AOB_LOG_DIR", folder.toString());
        AppProcess child = AppProcess.start(work, env, Map.of(), "status");
        assertThat(child.waitFor(Duration.ofSeconds(120))).as(child.toString()).isEqualTo(2);
        assertThat(child.out()).isEmpty();
        assertThat(child.err()).isEqualTo("AOB_LOG_DIR " + folder + " is not writable. Set AOB_LOG_DIR to a folder this user "
                + "can write to (it is created when missing).\n");
    }
}
