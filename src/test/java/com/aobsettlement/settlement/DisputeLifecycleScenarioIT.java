package com.aobsettlement.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.cli.SettleCommand;
import com.aobsettlement.reports.DailyFigures;
import com.aobsettlement.store.RunSummaryStore;
import com.aobsettlement.support.Cli;
import com.aobsettlement.support.Scenario;
import com.aobsettlement.support.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several business dates in turn on MariaDB (scenarios/dispute-lifecycle): disputes opening,
 * changing amount, expiring (and never reopening), resolving, reopening after a reversal; staff
 * actions imported between runs (appeal, refund sent, resolved, negotiation started, an action
 * without a dispute, an action for an unknown claim); a refile filling submitted_at; a claim
 * written off at its filing deadline; the No Surprises Act path of DOMAIN.md §11 example 10 from
 * negotiation to IDR. Every run's four report files are compared with the expected ones.
 */
class DisputeLifecycleScenarioIT {

    @Test
    void fiveBusinessDates(@TempDir Path work) {
        try (TestDatabase db = TestDatabase.mariadb()) {
            Scenario scenario = new Scenario("dispute-lifecycle");
            Map<String, String> settings = new HashMap<>(db.settings(work));
            settings.put("aob.test.today", "2027-02-17"); // the scenario's last date: settle refuses a date after today
            Cli cli = new Cli(settings);
            scenario.importAll(cli);
            RunSummaryStore queries = new RunSummaryStore(db.jdbc());
            List<String> withExpiries = new ArrayList<>();
            for (String date : List.of("2026-11-20", "2026-11-25", "2026-12-01", "2027-01-06", "2027-02-17")) {
                String printed = scenario.settleDays(cli, work.resolve("reports"), date).get(0);
                // the summary counts what the report step wrote; the queries a restart falls back on agree
                DailyFigures queried = DailyFigures.query(queries, LocalDate.parse(date));
                assertThat(printed).contains(SettleCommand.expiredText(queried)).contains(SettleCommand.countsText(queried));
                if (queried.expired() > 0) {
                    withExpiries.add(date);
                }
            }
            assertThat(withExpiries).as("dates whose summary lists expired disputes").isNotEmpty();
            // the books tie after all five runs, per claim
            assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM settlements s JOIN (SELECT claim_id, MAX(business_date) d "
                    + "FROM settlements GROUP BY claim_id) m ON m.claim_id = s.claim_id AND m.d = s.business_date "
                    + "JOIN (SELECT claim_id, SUM(collected) c, SUM(fee) f, SUM(net_to_provider) n, SUM(refund_reserve) r, "
                    + "SUM(write_off) w FROM ledger_entries GROUP BY claim_id) l ON l.claim_id = s.claim_id "
                    + "WHERE l.c <> s.collected OR l.f <> s.fee OR l.n <> s.net_to_provider OR l.r <> s.refund_reserve "
                    + "OR l.w <> s.write_off", Integer.class)).isZero();
        }
    }
}
