package com.aobsettlement.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aobsettlement.operations.NightlyScheduler.Step;
import com.aobsettlement.operations.ScheduleView;
import com.aobsettlement.operations.ScheduledJobs.Result;
import com.aobsettlement.support.Cli;
import com.aobsettlement.support.Scenario;
import com.aobsettlement.support.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The serve process's schedule on MariaDB, on a business clock fixed at 2026-12-01 00:00 (America/New_York):
 * real jobs run through it, the dates it settles are asserted exactly, and `status` in another process
 * sees what it wrote to schedule_state.
 */
class NightlyScheduleIT {
    private static final ZoneId ZONE = ZoneId.of("America/New_York");

    private static Map<String, String> settings(TestDatabase db, Path work) {
        Map<String, String> settings = new HashMap<>(db.settings(work));
        settings.put("AOB_CHUNK_SIZE", "40");
        settings.put("aob.test.today", "2026-12-01");
        return settings;
    }

    /** The serve context with its schedule, not started: the test calls it. */
    private static ConfigurableApplicationContext serve(Map<String, String> settings) {
        Map<String, String> serve = new HashMap<>(settings);
        serve.put(NightlySchedule.ENABLED, "true");
        serve.put("aob.schedule.auto-startup", "false");
        return AobSettlementCli.openContext(serve);
    }

    @Test
    void catchesUpThanksgivingWeekAndPreviewsTheMonth(@TempDir Path work) throws Exception {
        Path data = work.resolve("data");
        new Cli(Map.of()).ok("demo-data", data.toString(), "--claims", "120", "--seed", "9");
        try (TestDatabase db = TestDatabase.mariadb()) {
            Map<String, String> settings = settings(db, work);
            Cli cli = new Cli(settings);
            Scenario.importFolder(cli, data);
            cli.ok("settle", "--date", "2026-11-24");
            // no other command starts the schedule
            try (ConfigurableApplicationContext plain = AobSettlementCli.openContext(settings)) {
                assertThat(plain.containsBean(NightlySchedule.BEAN_NAME)).isFalse();
            }
            try (ConfigurableApplicationContext context = serve(settings)) {
                NightlySchedule schedule = context.getBean(NightlySchedule.BEAN_NAME, NightlySchedule.class);
                // a job holding the settlement lock in another process: the schedule's run is busy, not failed
                try (Connection other = DriverManager.getConnection(db.url(), "root", "");
                     Statement s = other.createStatement()) {
                    String schema = value(s, "SELECT DATABASE()");
                    assertThat(value(s, "SELECT GET_LOCK('aob:settle@" + schema + "', 0)")).isEqualTo("1");
                    PrintStream sink = new PrintStream(new ByteArrayOutputStream());
                    assertThatThrownBy(() -> context.getBean(SettleCommand.class).run(LocalDate.parse("2026-11-25"), sink, sink))
                            .isInstanceOf(BusyException.class).hasMessageStartingWith("Another endOfDaySettlement is running");
                }
                List<Step> steps = schedule.runDue();
                assertThat(steps).extracting(step -> step.ran().orElseThrow() + " " + step.outcome().orElseThrow().result())
                        .containsExactly("settlement of 2026-11-25 DONE", "settlement of 2026-11-27 DONE",
                                "settlement of 2026-11-30 DONE", "reconciliation preview of 2026-11 DONE");
                assertThat(schedule.runDue()).isEmpty();
                assertThat(schedule.nextRun().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-12-01T20:30"));
                assertThat(schedule.nextRun().getZone()).isEqualTo(ZONE);
                assertThat(db.jdbc().queryForList("SELECT DISTINCT business_date FROM settlements ORDER BY business_date",
                        String.class)).containsExactly("2026-11-24", "2026-11-25", "2026-11-27", "2026-11-30");
                assertThat(Files.readString(work.resolve("reports/monthly/2026-11/reconciliation.csv")))
                        .startsWith("check,left,right,difference,status\n");
                assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM closed_months", Integer.class))
                        .as("the preview leaves the month open").isZero();
                ScheduleView view = context.getBean(ScheduleView.class);
                assertThat(view.lastSettled()).contains(LocalDate.parse("2026-11-30"));
                assertThat(view.backlog()).isEmpty();
                assertThat(view.lastFailure()).isEmpty();

                // `status` in another process sees the live schedule
                String status = cli.ok("status").out();
                assertThat(status).contains("Last settled business date: 2026-11-30\nBacklog: none (up to date)\n"
                        + "Schedule (serve): next run 2026-12-01 20:30 EST\n");
                schedule.start();
                assertThat(schedule.isRunning()).isTrue();
            }
            // the context closed: the schedule stopped and says so
            assertThat(cli.ok("status").out()).contains("Schedule (serve): no serve process is running\n");
        }
    }

    @Test
    void aRefusedDateIsGivenUpAndShownByStatus(@TempDir Path work) throws Exception {
        Path data = work.resolve("data");
        new Cli(Map.of()).ok("demo-data", data.toString(), "--claims", "30", "--seed", "4");
        try (TestDatabase db = TestDatabase.mariadb()) {
            Map<String, String> settings = settings(db, work);
            Cli cli = new Cli(settings);
            Scenario.importFolder(cli, data);
            cli.ok("settle", "--date", "2026-11-24");
            cli.ok("reconcile", "--month", "2026-11"); // closes November with Nov 25, 27 and 30 never settled
            try (ConfigurableApplicationContext context = serve(settings)) {
                NightlySchedule schedule = context.getBean(NightlySchedule.BEAN_NAME, NightlySchedule.class);
                List<Step> steps = schedule.runDue();
                assertThat(steps).extracting(step -> step.ran().orElseThrow() + " " + step.outcome().orElseThrow().result())
                        .containsExactly("settlement of 2026-11-25 " + Result.REFUSED);
                assertThat(schedule.attempts()).hasValueSatisfying(a -> assertThat(a.gaveUp()).isTrue());
                assertThat(schedule.runDue()).as("not retried before the next firing").isEmpty();
                assertThat(schedule.nextRun().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-12-01T20:30"));
                String status = cli.ok("status").out();
                assertThat(status).contains("Backlog: 3 business dates due and not settled: 2026-11-25, 2026-11-27, 2026-11-30\n")
                        .contains("Schedule (serve): next run 2026-12-01 20:30 EST\n")
                        .contains("Schedule gave up: The settlement of 2026-11-25 failed; the schedule stopped retrying at "
                                + "2026-12-01 00:00 EST: 2026-11-25 is in 2026-11, a closed month: nothing dated in it changes. To "
                                + "settle it, reopen the month first: reconcile --month 2026-11 --reopen --preview (1 attempt)\n"
                                + "Fix the cause, then run: settle --through 2026-11-25");
                schedule.start();
            }
            assertThat(cli.ok("status").out()).contains("Schedule (serve): no serve process is running\n")
                    .contains("Schedule gave up: The settlement of 2026-11-25 failed");
        }
    }

    @Test
    void closingTheContextStopsTheRunningJobAfterItsChunk_theNextStartResumesIt(@TempDir Path work) throws Exception {
        Path data = work.resolve("data");
        new Cli(Map.of()).ok("demo-data", data.toString(), "--claims", "400", "--seed", "12");
        try (TestDatabase db = TestDatabase.mariadb()) {
            Map<String, String> settings = settings(db, work);
            Cli cli = new Cli(settings);
            Scenario.importFolder(cli, data);
            cli.ok("settle", "--date", "2026-11-27");
            Map<String, String> slow = new HashMap<>(settings);
            slow.put("aob.test.pause-at", "write:2");
            slow.put("aob.test.pause-ms", "3000");
            String running = "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = "
                    + "e.JOB_EXECUTION_ID WHERE p.PARAMETER_VALUE = '2026-11-30' AND e.STATUS = 'STARTED'";
            try (ConfigurableApplicationContext context = serve(slow)) {
                context.getBean(NightlySchedule.BEAN_NAME, NightlySchedule.class).start();
                long deadline = System.currentTimeMillis() + 120_000;
                while (db.jdbc().queryForObject(running, Integer.class) == 0) {
                    assertThat(System.currentTimeMillis()).as("the schedule starts the settlement of 2026-11-30").isLessThan(deadline);
                    Thread.sleep(100);
                }
            } // as on SIGTERM: the context closes while the job runs
            String statuses = "SELECT e.STATUS FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = "
                    + "e.JOB_EXECUTION_ID WHERE p.PARAMETER_VALUE = '2026-11-30' ORDER BY e.JOB_EXECUTION_ID";
            assertThat(db.jdbc().queryForList(statuses, String.class)).containsExactly("STOPPED");
            int committed = db.jdbc().queryForObject("SELECT COUNT(*) FROM settlements WHERE business_date = '2026-11-30'",
                    Integer.class);
            try (ConfigurableApplicationContext context = serve(settings)) {
                List<Step> steps = context.getBean(NightlySchedule.BEAN_NAME, NightlySchedule.class).runDue();
                assertThat(steps).extracting(step -> step.ran().orElseThrow() + " " + step.outcome().orElseThrow().result())
                        .containsExactly("settlement of 2026-11-30 DONE", "reconciliation preview of 2026-11 DONE");
            }
            // resumed, not started again: the same job instance, and the settlements committed before the stop kept
            assertThat(db.jdbc().queryForList(statuses, String.class)).containsExactly("STOPPED", "COMPLETED");
            assertThat(db.jdbc().queryForObject("SELECT COUNT(DISTINCT e.JOB_INSTANCE_ID) FROM BATCH_JOB_EXECUTION e JOIN "
                    + "BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID WHERE p.PARAMETER_VALUE = '2026-11-30'",
                    Integer.class)).isEqualTo(1);
            assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM settlements WHERE business_date = '2026-11-30'",
                    Integer.class)).isGreaterThanOrEqualTo(committed);
            assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM (SELECT claim_id FROM settlements WHERE business_date = "
                    + "'2026-11-30' GROUP BY claim_id HAVING COUNT(*) > 1) twice", Integer.class)).as("no claim settled twice").isZero();
        }
    }

    private static String value(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
