package com.aobsettlement.era;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.support.Cli;
import com.aobsettlement.support.Scenario;
import com.aobsettlement.support.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the worked examples with their remittances as an 835 file
 * (scenarios/worked-examples-era/input/remittances.835, the same payments as the CSV scenario's
 * remittances.csv: a reversal and its correction included) imported, then settled on 2026-11-26 and
 * 2026-11-27, give exactly the settlement, dispute and provider total rows of the CSV scenario. Only
 * exceptions.csv differs (an 835's unknown claim is ERA_UNKNOWN_CLAIM with its segment position):
 * that file is expected from worked-examples-era.
 */
class EraWorkedExamplesScenarioIT {
    final Scenario csv = new Scenario("worked-examples");
    final Scenario era = new Scenario("worked-examples-era");

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
        for (String kind : List.of("providers", "payers", "fee-schedule", "assignments")) {
            cli.ok("import", kind, csv.input(kind.replace('-', '_') + ".csv").toString());
        }
        Cli.Result imported = cli.ok("import", "era", era.input("remittances.835").toString());
        assertThat(imported.out()).containsPattern("transactions posted +7 *\n")
                .containsPattern("claims paid +12 +1425.40\n").containsPattern("claims unmatched \\(ERA_UNKNOWN_CLAIM\\) +1 +50.00\n");

        for (String date : List.of("2026-11-26", "2026-11-27")) {
            cli.ok("settle", "--date", date);
            for (String file : List.of("settlements.csv", "disputes.csv", "provider_totals.csv")) {
                assertThat(Scenario.read(work.resolve("reports/daily").resolve(date).resolve(file))).as(date + "/" + file)
                        .isEqualTo(Scenario.read(csv.expected().resolve(date).resolve(file)));
            }
            era.assertReports(work.resolve("reports"), date);
        }
    }
}
