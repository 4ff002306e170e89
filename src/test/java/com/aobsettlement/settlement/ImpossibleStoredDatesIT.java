package com.aobsettlement.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.support.Cli;
import com.aobsettlement.support.Scenario;
import com.aobsettlement.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 18: dates stored before the imports refused them (1582-10-10 inside the Julian–Gregorian gap,
 * 0000-01-01, 9999-12-31, put in here by SQL) no longer stop `settle` or an import: the store reads dates
 * without java.sql.Date, and what such a date would decide is not taken as data (DOMAIN.md §3). A claim
 * whose settlement rests on one (its own dates, a remittance, its payer's rows, its fee schedule rows) is
 * not settled and stays pending with an INVALID_FIELD exception, like a claim whose payer rule is
 * incomplete; a dispute action with one is not applied (INVALID_FIELD), like one that finds no dispute.
 * Every other claim settles as before.
 */
class ImpossibleStoredDatesIT {

    @Test
    void settleAndImportsRunOverDatesStoredBeforeTheRules(@TempDir Path work) throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            Map<String, String> settings = new HashMap<>(db.settings(work));
            settings.put("aob.test.today", "2026-12-01");
            settings.put("AOB_PARTITIONS", "1"); // exceptions in claim order
            Cli cli = new Cli(settings);
            new Scenario("worked-examples").importAll(cli);
            JdbcTemplate jdbc = db.jdbc();

            jdbc.update("INSERT INTO remittances (claim_id, claim_number, status_code, charge_amount, paid_amount, "
                    + "patient_responsibility, interest_paid, paid_on, eft_trace, source, source_file, source_ref) SELECT id, "
                    + "claim_number, '1', 10.00, 10.00, 0.00, 0.00, '1582-10-10', 'EFTX', 'CSV', 'by-hand', 'by-hand:1' "
                    + "FROM claims WHERE claim_number = 'C01'");
            jdbc.update("INSERT INTO payers (payer_code, effective_from, name, payer_type) VALUES ('MCR', '1582-10-10', "
                    + "'Medicare Part B', 'MEDICARE')");
            jdbc.update("INSERT INTO fee_schedule (payer_code, procedure_code, allowed_amount, effective_from, effective_to) "
                    + "VALUES ('P1', '99214', 400.00, '0000-01-01', NULL)");
            jdbc.update("INSERT INTO dispute_actions (claim_id, claim_number, kind, action, action_date, source_ref) SELECT id, "
                    + "claim_number, 'DENIAL', 'APPEAL_FILED', '0000-01-01', 'by-hand:2' FROM claims WHERE claim_number = 'C05'");
            jdbc.update("UPDATE claims SET authorized_at = '1582-10-10 10:00:00' WHERE claim_number = 'C06'");
            jdbc.update("UPDATE claims SET submitted_at = '9999-12-31 12:00:00' WHERE claim_number = 'C07'");
            jdbc.update("UPDATE claims SET service_date = '0000-01-01' WHERE claim_number = 'C10'");
            jdbc.update("INSERT INTO deposits (deposit_date, amount, eft_trace, source_file, source_ref, job_execution_id) "
                    + "VALUES ('1582-10-10', 10.00, 'EFTX', 'by-hand', 'by-hand:3', 0)");
            long remittance = jdbc.queryForObject("SELECT id FROM remittances WHERE source_ref = 'by-hand:1'", Long.class);

            Cli.Result settled = cli.run("settle", "--date", "2026-11-26");
            assertThat(settled.exitCode()).as(settled.toString()).isZero();
            String pending = "; the claim stays pending until that row is corrected";
            assertThat(exceptions(jdbc, "settlement 2026-11-26")).containsExactly(
                    "C05 INVALID_FIELD claim C05: APPEAL_FILED (by-hand:2) has action_date 0000-01-01, before 1990-01-01; "
                            + "it was not applied",
                    "C01 INVALID_FIELD claim C01: remittance " + remittance + " has paid_on 1582-10-10, before 1990-01-01" + pending,
                    "C02 INVALID_FIELD claim C02: fee_schedule P1 99214 has a row with effective_from 0000-01-01, "
                            + "before 1990-01-01" + pending,
                    "C03 INVALID_FIELD claim C03: fee_schedule P1 99214 has a row with effective_from 0000-01-01, "
                            + "before 1990-01-01" + pending,
                    "C06 INVALID_FIELD claim C06: authorized_at is 1582-10-10T10:00:00Z, before 1990-01-01" + pending,
                    "C07 INVALID_FIELD claim C07: submitted_at is 9999-12-31T12:00:00Z, after 2027-12-01, one year after today"
                            + pending,
                    "C09 INVALID_FIELD claim C09: payer MCR has a row with effective_from 1582-10-10, before 1990-01-01" + pending,
                    "C10 INVALID_FIELD claim C10: service_date is 0000-01-01, before 1990-01-01" + pending);
            assertThat(jdbc.queryForList("SELECT claim_number FROM settlements ORDER BY claim_number", String.class))
                    .containsExactly("C04", "C05", "C11", "C12", "C13");
            assertThat(jdbc.queryForObject("SELECT outcome FROM dispute_actions WHERE source_ref = 'by-hand:2'", String.class))
                    .isEqualTo("INVALID_DATE");
            assertThat(Files.readString(work.resolve("reports/daily/2026-11-26/exceptions.csv")))
                    .contains("claim C01: remittance " + remittance + " has paid_on 1582-10-10");

            // the imports that read stored rows (duplicate checks) run too
            Scenario worked = new Scenario("worked-examples");
            Path remittances = Files.writeString(work.resolve("more_remittances.csv"), String.join("\n",
                    Files.readAllLines(worked.input("remittances.csv")).get(0),
                    "C01,1,200.00,130.00,30.00,0.00,2026-11-20,EFT1001",
                    "C13,1,200.00,5.00,0.00,0.00,2026-11-27,EFT1099") + "\n", StandardCharsets.UTF_8);
            Cli.Result imported = cli.run("import", "remittances", remittances.toString());
            assertThat(imported.exitCode()).as(imported.toString()).isZero();
            List<String> claims = Files.readAllLines(worked.input("assignments.csv"));
            List<String> refiled = new java.util.ArrayList<>(List.of(claims.get(0)));
            claims.stream().filter(l -> l.startsWith("C06,") || l.startsWith("C07,") || l.startsWith("C10,")).forEach(refiled::add);
            Path assignments = Files.writeString(work.resolve("more_assignments.csv"), String.join("\n", refiled) + "\n",
                    StandardCharsets.UTF_8);
            Cli.Result again = cli.run("import", "assignments", assignments.toString());
            assertThat(again.exitCode()).as(again.toString()).isZero();

            Cli.Result next = cli.run("settle", "--date", "2026-11-27");
            assertThat(next.exitCode()).as(next.toString()).isZero();
            assertThat(exceptions(jdbc, "settlement 2026-11-27")).hasSize(7)
                    .allMatch(e -> e.contains(" INVALID_FIELD claim ") && e.endsWith(pending));
            Cli.Result reconciled = cli.run("reconcile", "--month", "2026-11", "--preview");
            assertThat(reconciled.exitCode()).as(reconciled.toString()).isZero();
        }
    }

    static List<String> exceptions(JdbcTemplate jdbc, String source) {
        return jdbc.queryForList("SELECT CONCAT(record_ref, ' ', reason_code, ' ', message) FROM exceptions WHERE source = ? "
                + "AND reason_code = 'INVALID_FIELD' ORDER BY id", String.class, source);
    }
}
