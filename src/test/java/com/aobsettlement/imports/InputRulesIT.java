package com.aobsettlement.imports;

import static com.aobsettlement.imports.ImportRejectionsIT.exceptions;
import static com.aobsettlement.imports.ImportRejectionsIT.squash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.aobsettlement.support.Cli;
import com.aobsettlement.support.Scenario;
import com.aobsettlement.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 18, DOMAIN.md §3 "Rules for every input", in every CSV importer on MariaDB: a date outside
 * 1990-01-01 … one year after today, and a code or reference with a formula lead, an invisible or
 * direction-changing character, a control character or a blank at either end, is an INVALID_FIELD
 * row naming the field and the line; the rest of the file goes on and the database still settles.
 * Today is fixed at 2026-12-01 (aob.test.today), so one year after today is 2027-12-01.
 */
class InputRulesIT {
    static final String FORMULA = ", which a spreadsheet would run as a formula";
    static final String CLAIM = "1234567893,P1,PT-1,IN,2026-10-20,2026-10-20T09:15:30.250-04:00,2026-11-01T10:00:00-05:00,1,99213,1,200.00";

    @Test
    void impossibleDatesAreRefusedInEveryCsv(@TempDir Path work) throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            Cli cli = cli(db, work);
            JdbcTemplate jdbc = db.jdbc();
            Scenario worked = new Scenario("worked-examples");
            cli.ok("import", "providers", worked.input("providers.csv").toString());

            cli.ok("import", "payers", write(work, "payers.csv", String.join(",", Columns.PAYERS),
                    "P1,Payer One,OTHER,P1ERA,0.80,,,0.05,,,,,,,1990-01-01",
                    "P5,Payer Five,OTHER,,0.80,,,0.05,,,,,,,1582-10-10",
                    "P6,Payer Six,OTHER,,0.80,,,0.05,,,,,,,2027-12-02",
                    "P7,Payer Seven,OTHER,,0.80,,,0.05,,,,,,,2027-12-01").toString());
            assertThat(exceptions(jdbc, "payers")).containsExactly(
                    tuple("INVALID_FIELD", "payers.csv:3", "line 3: field effective_from is 1582-10-10, before 1990-01-01"),
                    tuple("INVALID_FIELD", "payers.csv:4",
                            "line 4: field effective_from is 2027-12-02, after 2027-12-01, one year after today"));

            cli.ok("import", "fee-schedule", write(work, "fee_schedule.csv", String.join(",", Columns.FEE_SCHEDULE),
                    "P1,99213,50.00,0000-01-01,",
                    "P1,99214,50.00,2026-01-01,9999-12-31",
                    "P1,99215,50.00,2026-01-01,").toString());
            assertThat(exceptions(jdbc, "fee-schedule")).containsExactly(
                    tuple("INVALID_FIELD", "fee_schedule.csv:2", "line 2: field effective_from is 0000-01-01, before 1990-01-01"),
                    tuple("INVALID_FIELD", "fee_schedule.csv:3",
                            "line 3: field effective_to is 9999-12-31, after 2027-12-01, one year after today"));

            Cli.Result claims = cli.ok("import", "assignments", write(work, "assignments.csv", String.join(",", Columns.ASSIGNMENTS),
                    "C01,AOB-01," + CLAIM,
                    "C02,AOB-02,1234567893,P1,PT-2,IN,1989-12-31,1989-12-31T09:00:00-05:00,,1,99213,1,200.00",
                    "C03,AOB-03,1234567893,P1,PT-3,IN,2026-10-20,2026-10-20T09:15:30.250-04:00,2028-12-01T10:00:00-05:00,1,99213,1,200.00",
                    "C04,AOB-04,1234567893,P1,PT-4,IN,1582-10-10,1582-10-10T10:00:00Z,,1,99213,1,200.00").toString());
            assertThat(squash(claims.out())).contains("imported 1 1", "rejected 3 3");
            assertThat(exceptions(jdbc, "assignments")).containsExactly(
                    tuple("INVALID_FIELD", "assignments.csv:3", "line 3: field service_date is 1989-12-31, before 1990-01-01"),
                    tuple("INVALID_FIELD", "assignments.csv:3", "line 3: field authorized_at is 1989-12-31T09:00:00-05:00, "
                            + "a date in America/New_York before 1990-01-01"),
                    tuple("INVALID_FIELD", "assignments.csv:4", "line 4: field submitted_at is 2028-12-01T10:00:00-05:00, "
                            + "a date in America/New_York after 2027-12-01, one year after today"),
                    tuple("INVALID_FIELD", "assignments.csv:5", "line 5: field service_date is 1582-10-10, before 1990-01-01"),
                    tuple("INVALID_FIELD", "assignments.csv:5", "line 5: field authorized_at is 1582-10-10T10:00:00Z, "
                            + "a date in America/New_York before 1990-01-01"));

            cli.ok("import", "remittances", write(work, "remittances.csv", String.join(",", Columns.REMITTANCES),
                    "C01,1,200.00,130.00,30.00,0.00,1582-10-10,EFT1",
                    "C01,1,200.00,130.00,30.00,0.00,9999-12-31,EFT2",
                    "C01,1,200.00,130.00,30.00,0.00,2026-11-20,EFT3").toString());
            assertThat(exceptions(jdbc, "remittances")).containsExactly(
                    tuple("INVALID_FIELD", "remittances.csv:2", "line 2: field paid_on is 1582-10-10, before 1990-01-01"),
                    tuple("INVALID_FIELD", "remittances.csv:3",
                            "line 3: field paid_on is 9999-12-31, after 2027-12-01, one year after today"));

            cli.ok("import", "dispute-actions", write(work, "dispute_actions.csv", String.join(",", Columns.DISPUTE_ACTIONS),
                    "C01,UNDERPAYMENT,APPEAL_FILED,0000-01-01",
                    "C01,UNDERPAYMENT,APPEAL_FILED,2026-11-27").toString());
            assertThat(exceptions(jdbc, "dispute-actions")).containsExactly(
                    tuple("INVALID_FIELD", "dispute_actions.csv:2", "line 2: field action_date is 0000-01-01, before 1990-01-01"));

            cli.ok("import", "deposits", write(work, "deposits.csv", String.join(",", Columns.DEPOSITS),
                    "1582-10-10,130.00,EFT1",
                    "1989-12-31,130.00,EFT2",
                    "2026-11-20,130.00,EFT3").toString());
            assertThat(exceptions(jdbc, "deposits")).containsExactly(
                    tuple("INVALID_FIELD", "deposits.csv:2", "line 2: field deposit_date is 1582-10-10, before 1990-01-01"),
                    tuple("INVALID_FIELD", "deposits.csv:3", "line 3: field deposit_date is 1989-12-31, before 1990-01-01"));

            assertThat(jdbc.queryForList("SELECT CONCAT(payer_code, ' ', effective_from) FROM payers ORDER BY payer_code",
                    String.class)).containsExactly("P1 1990-01-01", "P7 2027-12-01");
            assertThat(jdbc.queryForList("SELECT paid_on FROM remittances", String.class)).containsExactly("2026-11-20");
            // nothing stored that a later job could fail to read: the database settles
            Cli.Result settled = cli.run("settle", "--date", "2026-11-26");
            assertThat(settled.exitCode()).as(settled.toString()).isZero();
            assertThat(jdbc.queryForObject("SELECT status FROM claims WHERE claim_number = 'C01'", String.class))
                    .isEqualTo("SETTLED");
        }
    }

    @Test
    void formulaInvisibleAndBlankCodesAreRefusedNotTrimmed(@TempDir Path work) throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            Cli cli = cli(db, work);
            JdbcTemplate jdbc = db.jdbc();
            Scenario worked = new Scenario("worked-examples");
            cli.ok("import", "providers", worked.input("providers.csv").toString());

            cli.ok("import", "payers", write(work, "payers.csv", String.join(",", Columns.PAYERS),
                    "P1,=Names may hold any printable text,OTHER,P1ERA,0.80,,,0.05,,,,,,,2020-01-01",
                    "=P2,Payer,OTHER,,0.80,,,0.05,,,,,,,2020-01-01",
                    "P3,Payer,OTHER,+P3ERA,0.80,,,0.05,,,,,,,2020-01-01",
                    "P4,Payer,OTHER,P4ERA ,0.80,,,0.05,,,,,,,2020-01-01").toString());
            assertThat(exceptions(jdbc, "payers")).containsExactly(
                    tuple("INVALID_FIELD", "payers.csv:3", "line 3: field payer_code begins with '='" + FORMULA),
                    tuple("INVALID_FIELD", "payers.csv:4", "line 4: field era_payer_id begins with '+'" + FORMULA),
                    tuple("INVALID_FIELD", "payers.csv:5", "line 5: field era_payer_id ends with a blank (U+0020)"));

            cli.ok("import", "fee-schedule", write(work, "fee_schedule.csv", String.join(",", Columns.FEE_SCHEDULE),
                    "P1, 9921,50.00,2026-01-01,",
                    "-P1,99213,50.00,2026-01-01,",
                    "P1,99213,50.00,2026-01-01,").toString());
            assertThat(exceptions(jdbc, "fee-schedule")).containsExactly(
                    tuple("INVALID_FIELD", "fee_schedule.csv:2", "line 2: field procedure_code begins with a blank (U+0020)"),
                    tuple("INVALID_FIELD", "fee_schedule.csv:3", "line 3: field payer_code begins with '-'" + FORMULA));

            Cli.Result claims = cli.ok("import", "assignments", write(work, "assignments.csv", String.join(",", Columns.ASSIGNMENTS),
                    "C32,AOB-32," + CLAIM,
                    "\"=HYPERLINK(\"\"http://evil.example/\"\",\"\"C20\"\")\",AOB-20," + CLAIM,
                    "+C21,AOB-21," + CLAIM,
                    "C22,-AOB22," + CLAIM,
                    "C23,AOB-23,1234567893,P1,@PT23,IN,2026-10-20,2026-10-20T09:15:30.250-04:00,,1,99213,1,200.00",
                    "C\u202E24,AOB-24," + CLAIM,
                    "\uFEFFC25,AOB-25," + CLAIM,
                    "C26\u200F,AOB-26," + CLAIM,
                    "=1+1,AOB-27," + CLAIM,
                    "C29 ,AOB-29," + CLAIM,
                    "\t=1+1,AOB-28," + CLAIM,
                    "C30,AOB-30,1234567893,P1,PT-30,IN,2026-10-20,2026-10-20T09:15:30.250-04:00,,1,99213 ,1,200.00",
                    "C31,AOB\u000731," + CLAIM,
                    "C33,AOB-33," + CLAIM,
                    "\tC33,AOB-33," + CLAIM.replace(",1,99213,", ",2,99213,")).toString());
            assertThat(squash(claims.out())).contains("read 15 14", "imported 1 1", "rejected 14 13");
            assertThat(exceptions(jdbc, "assignments")).containsExactly(
                    tuple("INVALID_FIELD", "assignments.csv:3", "line 3: field claim_number begins with '='" + FORMULA),
                    tuple("INVALID_FIELD", "assignments.csv:4", "line 4: field claim_number begins with '+'" + FORMULA),
                    tuple("INVALID_FIELD", "assignments.csv:5", "line 5: field assignment_ref begins with '-'" + FORMULA),
                    tuple("INVALID_FIELD", "assignments.csv:6", "line 6: field patient_ref begins with '@'" + FORMULA),
                    tuple("INVALID_FIELD", "assignments.csv:7",
                            "line 7: field claim_number holds the invisible or direction-changing character U+202E"),
                    tuple("INVALID_FIELD", "assignments.csv:8",
                            "line 8: field claim_number holds the invisible or direction-changing character U+FEFF"),
                    tuple("INVALID_FIELD", "assignments.csv:9",
                            "line 9: field claim_number holds the invisible or direction-changing character U+200F"),
                    tuple("INVALID_FIELD", "assignments.csv:10", "line 10: field claim_number begins with '='" + FORMULA),
                    tuple("INVALID_FIELD", "assignments.csv:11", "line 11: field claim_number ends with a blank (U+0020)"),
                    // before: trimmed to "=1+1", refused as DUPLICATE_CLAIM "its rows must be consecutive"
                    tuple("INVALID_FIELD", "assignments.csv:12", "line 12: field claim_number begins with a blank (U+0009)"),
                    tuple("INVALID_FIELD", "assignments.csv:13", "line 13: field procedure_code ends with a blank (U+0020)"),
                    tuple("INVALID_FIELD", "assignments.csv:14", "line 14: field assignment_ref holds the control character U+0007"),
                    // a line read as the claim's next one (the claim number trimmed): its own number is refused
                    tuple("INVALID_FIELD", "assignments.csv:16", "line 16: field claim_number begins with a blank (U+0009)"));
            assertThat(jdbc.queryForList("SELECT claim_number FROM claims", String.class)).containsExactly("C32");

            // the remittance of "\tC32" is not posted to C32: refused, as are formula and invisible traces
            Cli.Result remits = cli.ok("import", "remittances", write(work, "remittances.csv", String.join(",", Columns.REMITTANCES),
                    "\tC32,1,200.00,130.00,30.00,0.00,2026-11-20,EFT1",
                    "C32 ,1,200.00,130.00,30.00,0.00,2026-11-20,EFT2",
                    "\t=1+1,1,200.00,130.00,30.00,0.00,2026-11-20,EFT3",
                    "C32,1,200.00,130.00,30.00,0.00,2026-11-20,\"=HYPERLINK(\"\"http://evil.example/\"\",\"\"x\"\")\"",
                    "C32,1,200.00,130.00,30.00,0.00,2026-11-20,EFT\u202E5",
                    "C32,1,200.00,130.00,30.00,0.00,2026-11-20,EFT6").toString());
            assertThat(squash(remits.out())).contains("read 6 6", "imported 1 1", "rejected 5 5");
            assertThat(exceptions(jdbc, "remittances")).containsExactly(
                    tuple("INVALID_FIELD", "remittances.csv:2", "line 2: field claim_number begins with a blank (U+0009)"),
                    tuple("INVALID_FIELD", "remittances.csv:3", "line 3: field claim_number ends with a blank (U+0020)"),
                    tuple("INVALID_FIELD", "remittances.csv:4", "line 4: field claim_number begins with a blank (U+0009)"),
                    tuple("INVALID_FIELD", "remittances.csv:5", "line 5: field eft_trace begins with '='" + FORMULA),
                    tuple("INVALID_FIELD", "remittances.csv:6",
                            "line 6: field eft_trace holds the invisible or direction-changing character U+202E"));
            assertThat(jdbc.queryForList("SELECT CONCAT(claim_number, ' ', eft_trace) FROM remittances", String.class))
                    .containsExactly("C32 EFT6");

            cli.ok("import", "dispute-actions", write(work, "dispute_actions.csv", String.join(",", Columns.DISPUTE_ACTIONS),
                    "+C32,UNDERPAYMENT,APPEAL_FILED,2026-11-20",
                    "C32\u200B,UNDERPAYMENT,APPEAL_FILED,2026-11-20").toString());
            assertThat(exceptions(jdbc, "dispute-actions")).containsExactly(
                    tuple("INVALID_FIELD", "dispute_actions.csv:2", "line 2: field claim_number begins with '+'" + FORMULA),
                    tuple("INVALID_FIELD", "dispute_actions.csv:3",
                            "line 3: field claim_number holds the invisible or direction-changing character U+200B"));

            cli.ok("import", "deposits", write(work, "deposits.csv", String.join(",", Columns.DEPOSITS),
                    "2026-11-20,130.00, EFT6",
                    "2026-11-20,130.00,@EFT6",
                    "2026-11-20,130.00,EFT\u00006",
                    "2026-11-20,130.00,EFT6").toString());
            assertThat(exceptions(jdbc, "deposits")).containsExactly(
                    tuple("INVALID_FIELD", "deposits.csv:2", "line 2: field eft_trace begins with a blank (U+0020)"),
                    tuple("INVALID_FIELD", "deposits.csv:3", "line 3: field eft_trace begins with '@'" + FORMULA),
                    tuple("INVALID_FIELD", "deposits.csv:4", "line 4: field eft_trace holds the control character U+0000"));

            assertThat(jdbc.queryForList("SELECT CONCAT(payer_code, ' ', COALESCE(era_payer_id, '-'), ' ', name) FROM payers",
                    String.class)).containsExactly("P1 P1ERA =Names may hold any printable text");
            Cli.Result settled = cli.run("settle", "--date", "2026-11-26");
            assertThat(settled.exitCode()).as(settled.toString()).isZero();
        }
    }

    static Cli cli(TestDatabase db, Path work) {
        Map<String, String> settings = new HashMap<>(db.settings(work));
        settings.put("aob.test.today", "2026-12-01");
        return new Cli(settings);
    }

    static Path write(Path dir, String name, String... lines) throws Exception {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
