package com.aobsettlement.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.aobsettlement.support.Cli;
import com.aobsettlement.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every reason code of DOMAIN.md §4 on small bad files, on MariaDB: each bad row becomes an
 * exception row naming the line and field, the import goes on, rows read = imported + rejected,
 * nothing of a rejected claim enters the claim tables, and patient_ref never appears in a message.
 */
class ImportRejectionsIT {
    static final Path BAD = Path.of("src/test/resources/imports/bad").toAbsolutePath();

    @Test
    void everyReasonCode(@TempDir Path work) throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            Cli cli = new Cli(db.settings(work));
            JdbcTemplate jdbc = db.jdbc();

            Cli.Result providers = cli.ok("import", "providers", BAD.resolve("providers.csv").toString());
            assertThat(squash(providers.out())).contains("read 4 4", "imported 1 1", "rejected 3 3");
            assertThat(exceptions(jdbc, "providers")).containsExactly(
                    tuple("INVALID_NPI", "providers.csv:3", "line 3: npi 1234567890 is not 10 digits with a valid check digit"),
                    tuple("INVALID_FIELD", "providers.csv:4", "line 4: field fee_pct is 1.50; it must be below 1"),
                    tuple("INVALID_FIELD", "providers.csv:5",
                            "line 5: field payment_route is 'BANK'; use one of PROVIDER_ACCOUNT, AGENT_ACCOUNT"));

            Cli.Result payers = cli.ok("import", "payers", BAD.resolve("payers.csv").toString());
            assertThat(squash(payers.out())).contains("imported 1 1", "rejected 2 2");
            assertThat(exceptions(jdbc, "payers")).extracting(t -> t.toList().get(0), t -> t.toList().get(1)).containsExactly(
                    tuple("INVALID_FIELD", "payers.csv:3"), tuple("INVALID_FIELD", "payers.csv:4"),
                    tuple("INVALID_FIELD", "payers.csv:4"), tuple("INVALID_FIELD", "payers.csv:4"));

            Cli.Result fees = cli.ok("import", "fee-schedule", BAD.resolve("fee_schedule.csv").toString());
            assertThat(squash(fees.out())).contains("imported 1 1", "rejected 2 2");
            assertThat(exceptions(jdbc, "fee-schedule")).extracting(t -> t.toList().get(0)).containsExactly(
                    "UNKNOWN_PAYER", "INVALID_FIELD", "INVALID_FIELD");

            Cli.Result claims = cli.ok("import", "assignments", BAD.resolve("assignments.csv").toString());
            assertThat(squash(claims.out())).contains("read 16 14", "imported 3 2", "rejected 13 12");
            assertThat(exceptions(jdbc, "assignments")).containsExactly(
                    tuple("AOB_AUTHORIZATION_MISSING", "assignments.csv:5", "line 5: field authorized_at is empty; give the "
                            + "instant with its offset, e.g. 2026-10-01T09:15:30.250-04:00"),
                    tuple("AOB_AFTER_SUBMISSION", "assignments.csv:6", "line 6: authorized_at 2026-10-20T09:15:30.250-04:00 is "
                            + "later than submitted_at 2026-10-20T13:15:30.249999Z: the AOB must be signed before the claim is sent"),
                    tuple("AOB_AFTER_SERVICE", "assignments.csv:7", "line 7: authorized_at 2026-10-21T00:00-04:00 is later than "
                            + "the end of service date 2026-10-20 (America/New_York)"),
                    tuple("INVALID_NPI", "assignments.csv:8", "line 8: provider_npi 1234567890 is not 10 digits with a valid check digit"),
                    tuple("UNKNOWN_PROVIDER", "assignments.csv:9", "line 9: provider_npi 1245319599 is not in providers; import providers.csv first"),
                    tuple("UNKNOWN_PAYER", "assignments.csv:10", "line 10: payer_code PX is not in payers; import payers.csv first"),
                    tuple("INVALID_FIELD", "assignments.csv:11", "line 11: field units is 0; it must be between 1 and 99999"),
                    tuple("INVALID_FIELD", "assignments.csv:11", "line 11: field billed_amount is 0.00; it must be above 0.00"),
                    tuple("INVALID_FIELD", "assignments.csv:12", "line 12: field billed_amount is '1,000.00', not an amount like 1234.50"),
                    tuple("INCONSISTENT_CLAIM", "assignments.csv:14", "line 14: claim INCON: patient_ref, service_date differ from "
                            + "the claim's line on line 13"),
                    tuple("INVALID_FIELD", "assignments.csv:15", "line 15: field row has 4 fields, expected 13"),
                    tuple("DUPLICATE_CLAIM", "assignments.csv:16", "line 16: claim OK1 appears twice in assignments.csv; its rows "
                            + "must be consecutive"),
                    tuple("INVALID_FIELD", "assignments.csv:17", "line 17: field row cannot be read as CSV: a quoted field is never closed"));
            assertThat(jdbc.queryForList("SELECT claim_number FROM claims ORDER BY claim_number", String.class))
                    .containsExactly("OK1", "OK2");
            assertThat(jdbc.queryForList("SELECT CONCAT(claim_id, ':', line_no, ':', billed_amount) FROM claim_lines l "
                    + "JOIN claims c ON c.id = l.claim_id ORDER BY c.claim_number, line_no", String.class)).hasSize(3);
            assertThat(jdbc.queryForList("SELECT claim_number FROM rejected_claims ORDER BY claim_number", String.class))
                    .containsExactly("AFTSUB", "AFTSVC", "BADNPI", "INCON", "MISS", "NOPAY", "NOPROV", "SHORT", "THOU", "ZERO");
            // microseconds are kept
            assertThat(jdbc.queryForObject("SELECT authorized_at FROM claims WHERE claim_number = 'OK1'", java.sql.Timestamp.class)
                    .toLocalDateTime().toString()).isEqualTo("2026-10-20T13:15:30.250");

            // A refile may fill an empty submitted_at and replace a rejected claim; anything else is a duplicate.
            Cli.Result refile = cli.ok("import", "assignments", BAD.resolve("assignments_refile.csv").toString());
            assertThat(squash(refile.out())).contains("imported 2 2", "rejected 2 1");
            assertThat(exceptions(jdbc, "assignments")).last().isEqualTo(tuple("DUPLICATE_CLAIM", "assignments_refile.csv:3",
                    "line 3: claim OK1 was imported before; a re-import may only fill an empty submitted_at"));
            assertThat(jdbc.queryForObject("SELECT submitted_at FROM claims WHERE claim_number = 'OK2'", java.sql.Timestamp.class)
                    .toLocalDateTime().toString()).isEqualTo("2026-11-02T13:00");
            assertThat(jdbc.queryForList("SELECT claim_number FROM rejected_claims", String.class)).doesNotContain("MISS");
            assertThat(jdbc.queryForList("SELECT claim_number FROM claims ORDER BY claim_number", String.class))
                    .containsExactly("MISS", "OK1", "OK2");

            Cli.Result remits = cli.ok("import", "remittances", BAD.resolve("remittances.csv").toString());
            assertThat(squash(remits.out())).contains("read 4 4", "imported 2 2", "rejected 2 2",
                    "1 of the imported remittances are for unknown claims");
            assertThat(exceptions(jdbc, "remittances")).containsExactly(
                    tuple("DUPLICATE_REMITTANCE", "remittances.csv:3", "line 3: claim OK1: the same payment (status, amount, date, "
                            + "trace) was imported before"),
                    tuple("UNKNOWN_CLAIM", "remittances.csv:4", "line 4: claim GHOST is not known; 80.00 with trace EFT1 is kept "
                            + "as unmatched money"),
                    tuple("INVALID_FIELD", "remittances.csv:5", "line 5: field status_code is '9'; use one of 1, 2, 3, 4, 19, 20, 21, 22"),
                    tuple("INVALID_FIELD", "remittances.csv:5", "line 5: field paid_amount is 'abc', not an amount like 1234.50"),
                    tuple("INVALID_FIELD", "remittances.csv:5", "line 5: field paid_on is '2026-11-31', not a date YYYY-MM-DD"),
                    tuple("INVALID_FIELD", "remittances.csv:5", "line 5: field eft_trace is empty"));
            assertThat(jdbc.queryForList("SELECT CONCAT(claim_number, ':', COALESCE(claim_id, 0) > 0) FROM remittances ORDER BY id",
                    String.class)).containsExactly("OK1:1", "GHOST:0");

            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM exceptions WHERE message LIKE '%PT-SECRET%' "
                    + "OR record_ref LIKE '%PT-SECRET%'", Integer.class)).isZero();
        }
    }

    @Test
    void wrongHeaderIsRefusedBeforeAnythingIsWritten_andAFileIsNotImportedTwice(@TempDir Path work) throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            Cli cli = new Cli(db.settings(work));
            Path wrong = work.resolve("providers.csv");
            Files.writeString(wrong, "npi,name,fee\n1234567893,X,0.06\n");
            Cli.Result refused = cli.run("import", "providers", wrong.toString());
            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.err()).isEqualTo("providers.csv has the wrong header: found 'npi,name,fee'.\n"
                    + "Expected exactly: npi,name,fee_pct,payment_route\n");
            assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM providers", Integer.class)).isZero();

            cli.ok("import", "providers", BAD.resolve("providers.csv").toString());
            Cli.Result twice = cli.run("import", "providers", BAD.resolve("providers.csv").toString());
            assertThat(twice.exitCode()).isEqualTo(3);
            assertThat(twice.err()).startsWith("providers.csv was already imported (same content as providers.csv, execution ");

            Cli.Result missing = cli.run("import", "providers", work.resolve("nope.csv").toString());
            assertThat(missing.exitCode()).isEqualTo(2);
            assertThat(missing.err()).contains("no such readable file");
            Cli.Result kind = cli.run("import", "patients", wrong.toString());
            assertThat(kind.exitCode()).isEqualTo(2);
            assertThat(kind.err()).startsWith("Unknown import kind 'patients'.");
        }
    }

    static List<org.assertj.core.groups.Tuple> exceptions(JdbcTemplate jdbc, String source) {
        return jdbc.query("SELECT reason_code, record_ref, message FROM exceptions WHERE source = ? ORDER BY id",
                (rs, i) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3)), source);
    }

    /** The summary table with runs of spaces squashed, so assertions do not depend on column widths. */
    static String squash(String text) {
        return text.replaceAll(" +", " ");
    }

    /** Claims are numbered by the import that stores them, so two assignments imports never run side by side. */
    @Test
    void oneAssignmentsImportAtATime(@TempDir Path work) throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            Cli cli = new Cli(db.settings(work));
            cli.ok("import", "providers", BAD.resolve("providers.csv").toString());
            cli.ok("import", "payers", BAD.resolve("payers.csv").toString());
            String schema = db.url().substring(db.url().lastIndexOf('/') + 1);
            try (java.sql.Connection other = db.jdbc().getDataSource().getConnection();
                 java.sql.Statement st = other.createStatement();
                 java.sql.ResultSet rs = st.executeQuery("SELECT GET_LOCK('aob:import-assignments@" + schema + "', 0)")) {
                assertThat(rs.next() && rs.getInt(1) == 1).isTrue();
                Cli.Result refused = cli.run("import", "assignments", BAD.resolve("assignments.csv").toString());
                assertThat(refused.exitCode()).isEqualTo(3);
                assertThat(refused.err()).contains("Another importAssignments is running").contains("wait for it to finish");
                assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM claims", Integer.class)).isZero();
            }
            Cli.Result after = cli.ok("import", "assignments", BAD.resolve("assignments.csv").toString());
            assertThat(squash(after.out())).contains("imported 3 2");
        }
    }
}
