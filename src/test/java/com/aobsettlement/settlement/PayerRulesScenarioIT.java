package com.aobsettlement.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.support.Cli;
import com.aobsettlement.support.Scenario;
import com.aobsettlement.support.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scenarios/payer-rules, settled end to end on MariaDB: one claim per payer type with every empty
 * rule column taken from the type's defaults (sql/common/V3__payer_type_defaults.sql: appeal
 * windows 120/60/90/180, sequestration for Medicare and Medicare Advantage); effective dating in one
 * run (a fee schedule change between 2026-05-10 and 2026-08-10, a payer row change to 15 business
 * days and 0.90 between 2026-08-20 and 2026-09-10); an agent-account provider's Medicare claim with
 * no fee and one FEE_NOT_ALLOWED exception; a payer without interest_apr leaves a late claim pending
 * with PAYER_RULE_INCOMPLETE naming the column.
 */
class PayerRulesScenarioIT {

    @Test
    void defaultsByTypeAndEffectiveDating(@TempDir Path work) {
        try (TestDatabase db = TestDatabase.mariadb()) {
            Scenario scenario = new Scenario("payer-rules");
            Cli cli = new Cli(db.settings(work));
            scenario.importAll(cli);
            scenario.settleDays(cli, work.resolve("reports"), "2026-11-26");
            assertThat(db.jdbc().queryForObject("SELECT status FROM claims WHERE claim_number = 'T-NOAPR'", String.class))
                    .isEqualTo("PENDING");
            assertThat(db.jdbc().queryForList("SELECT payer_type FROM payer_type_defaults WHERE citation LIKE '%CFR%' "
                    + "ORDER BY payer_type", String.class))
                    .containsExactly("COMMERCIAL_ERISA", "MEDICAID", "MEDICARE", "MEDICARE_ADVANTAGE");
        }
    }
}
