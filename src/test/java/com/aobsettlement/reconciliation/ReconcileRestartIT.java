package com.aobsettlement.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.support.Cli;
import com.aobsettlement.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The month-end job is restartable: a run that fails (here the report folder cannot be created)
 * ends with exit 1 and leaves the month open; the same command resumes that job instance and
 * closes the month with the expected files.
 */
class ReconcileRestartIT {
    @Test
    void failedRunResumes(@TempDir Path work) throws Exception {
        TestDatabase db = TestDatabase.h2(work.resolve("db"));
        Cli cli = MonthEndScenario.prepare(db, work);
        Path dir = MonthEndScenario.monthlyDir(work, "2026-11");
        Files.createDirectories(dir.getParent());
        Files.writeString(dir, "in the way");

        Cli.Result failed = cli.run("reconcile", "--month", "2026-11");
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.err()).contains("The reconciliation of 2026-11 failed", "reconcile --month 2026-11")
                .doesNotContain("\tat ");
        JdbcTemplate jdbc = db.jdbc();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM closed_months", Integer.class)).isZero();

        Files.delete(dir);
        cli.ok("reconcile", "--month", "2026-11");
        MonthEndScenarioIT.assertExpectedFiles(dir);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM closed_months", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'monthEndReconciliation'",
                Integer.class)).as("the second run resumed the first instance").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
                + "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'monthEndReconciliation'", Integer.class))
                .isEqualTo(2);
    }
}
