package com.aobsettlement.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.support.Cli;
import com.aobsettlement.support.Scenario;
import com.aobsettlement.support.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the worked examples of DOMAIN.md §11 as CSV files, imported and settled for
 * 2026-11-26, must give exactly the expected report files, on MariaDB and on the embedded H2.
 */
class WorkedExamplesScenarioIT {
    final Scenario scenario = new Scenario("worked-examples");

    @Test
    void mariadb(@TempDir Path work) {
        try (TestDatabase db = TestDatabase.mariadb()) {
            run(db, work);
        }
    }

    @Test
    void embeddedH2(@TempDir Path work) {
        run(TestDatabase.h2(work.resolve("db")), work);
    }

    private void run(TestDatabase db, Path work) {
        Cli cli = new Cli(db.settings(work));
        scenario.importAll(cli);
        Cli.Result settle = cli.ok("settle", "--date", "2026-11-26");
        assertThat(settle.out()).contains("Settlement of 2026-11-26 completed");
        scenario.assertReports(work.resolve("reports"), "2026-11-26");

        // The books tie: per claim, the ledger sums to the latest settlement (DOMAIN.md §9).
        Integer untied = db.jdbc().queryForObject("SELECT COUNT(*) FROM settlements s LEFT JOIN (SELECT claim_id, "
                + "SUM(collected) c, SUM(fee) f, SUM(net_to_provider) n, SUM(refund_reserve) r, SUM(write_off) w "
                + "FROM ledger_entries GROUP BY claim_id) l ON l.claim_id = s.claim_id "
                + "WHERE COALESCE(l.c,0) <> s.collected OR COALESCE(l.f,0) <> s.fee OR COALESCE(l.n,0) <> s.net_to_provider "
                + "OR COALESCE(l.r,0) <> s.refund_reserve OR COALESCE(l.w,0) <> s.write_off", Integer.class);
        assertThat(untied).isZero();

        // A settled date is refused, and so is an earlier one.
        Cli.Result again = cli.run("settle", "--date", "2026-11-26");
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.err()).isEqualTo("2026-11-26 was already settled; nothing to do. Run `status` to see the runs.\n");
        Cli.Result earlier = cli.run("settle", "--date", "2026-11-25");
        assertThat(earlier.exitCode()).isEqualTo(3);
        assertThat(earlier.err()).contains("is before 2026-11-26, the last settled date");

        // The remittance paid on 2026-11-27 makes C01 pending again the next day.
        Cli.Result next = cli.ok("settle", "--date", "2026-11-27");
        assertThat(next.out()).contains("Settlement of 2026-11-27 completed");
        scenario.assertReports(work.resolve("reports"), "2026-11-27");
    }
}
