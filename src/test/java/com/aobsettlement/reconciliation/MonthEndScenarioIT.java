package com.aobsettlement.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.support.Cli;
import com.aobsettlement.support.Scenario;
import com.aobsettlement.support.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * November 2026 with known answers (scenarios/month-end/README.md): every figure of the five monthly
 * files, the same files when reconciled twice, then closing: settle and reconcile refused, --reopen
 * recorded.
 */
class MonthEndScenarioIT {
    static final List<String> CSV_FILES = List.of("reconciliation.csv", "unmatched.csv", "aging.csv",
            "provider_statements.csv", "disputes_due.csv");

    @Test
    void monthWithKnownAnswersThenClosed(@TempDir Path work) {
        try (TestDatabase db = TestDatabase.mariadb()) {
            Cli cli = MonthEndScenario.prepare(db, work);
            Path dir = MonthEndScenario.monthlyDir(work, "2026-11");

            // The two bad deposit rows are exceptions naming the line and the field.
            assertThat(db.jdbc().queryForList("SELECT message FROM exceptions WHERE source = 'deposits' ORDER BY id", String.class))
                    .containsExactly("line 8: field deposit_date is '2026-11-31', not a date YYYY-MM-DD",
                            "line 9: field amount is -5.00; a deposit is above 0.00");

            Cli.Result preview = cli.ok("reconcile", "--month", "2026-11", "--preview");
            assertThat(preview.out()).contains("ERA_VS_DEPOSITS", "UNBALANCED", "unmatched items: 5",
                    "disputes due in the 30 days after month end: 3", "Preview: 2026-11 stays open");
            assertExpectedFiles(dir);
            Map<String, String> first = contents(dir);

            // Reconciling twice before closing gives the same files.
            cli.ok("reconcile", "--month", "2026-11", "--preview");
            assertThat(contents(dir)).isEqualTo(first);

            // Closing: the same CSV figures, the month recorded as closed.
            Cli.Result close = cli.ok("reconcile", "--month", "2026-11");
            assertThat(close.out()).contains("2026-11 is closed: settle refuses its dates");
            assertExpectedFiles(dir);
            JdbcTemplate jdbc = db.jdbc();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM closed_months WHERE closed_month = '2026-11'", Integer.class))
                    .isEqualTo(1);

            // Settle into the closed month: refused, and nothing changes.
            String before = books(jdbc);
            Cli.Result settle = cli.run("settle", "--date", "2026-11-27");
            assertThat(settle.exitCode()).isEqualTo(3);
            assertThat(settle.err()).startsWith("2026-11-27 is in 2026-11, a closed month").doesNotContain("Exception");
            assertThat(settle.err().lines().count()).isLessThanOrEqualTo(2);
            // A deposit dated in the closed month is refused row by row (MONTH_CLOSED).
            Path late = work.resolve("late_deposits.csv");
            write(late, "deposit_date,amount,eft_trace\n2026-11-30,12.00,EFT-LATE\n");
            Cli.Result lateImport = cli.ok("import", "deposits", late.toString());
            assertThat(lateImport.out()).contains("MONTH_CLOSED");
            assertThat(books(jdbc)).isEqualTo(before);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM deposits WHERE eft_trace = 'EFT-LATE'", Integer.class)).isZero();

            // Reconciling a closed month is refused unless --reopen, which is recorded.
            Cli.Result again = cli.run("reconcile", "--month", "2026-11");
            assertThat(again.exitCode()).isEqualTo(3);
            assertThat(again.err()).startsWith("2026-11 is closed (on ").contains("--reopen");
            Cli.Result reopen = cli.ok("reconcile", "--month", "2026-11", "--reopen", "--preview");
            assertThat(reopen.out()).startsWith("Reopened 2026-11");
            assertThat(jdbc.queryForList("SELECT reopened_by FROM month_reopenings WHERE reopened_month = '2026-11'", String.class))
                    .containsExactly(System.getProperty("user.name"));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM closed_months", Integer.class)).isZero();
            assertThat(Scenario.read(work.resolve("logs/aob-settlement.log"))).contains("month 2026-11 reopened by");
            assertThat(contents(dir)).isEqualTo(first);

            // Reopened: the next date of the month can be settled again.
            cli.ok("settle", "--date", "2026-12-01");
            Cli.Result other = cli.run("settle", "--date", "2026-11-27");
            assertThat(other.err()).contains("is before 2026-12-01");
        }
    }

    /** Everything dated in the month that a closed month keeps as it is. */
    static String books(JdbcTemplate jdbc) {
        StringBuilder sb = new StringBuilder();
        for (String sql : List.of(
                "SELECT claim_number, business_date, status, payer_paid, collected, fee, net_to_provider, refund_reserve "
                        + "FROM settlements ORDER BY claim_number, business_date",
                "SELECT claim_id, business_date, collected, fee, net_to_provider, refund_reserve, write_off FROM ledger_entries "
                        + "ORDER BY claim_id, business_date",
                "SELECT claim_number, kind, amount, opened_on, respond_by, status, closed_on, changed_on FROM disputes "
                        + "ORDER BY claim_number, kind, opened_on",
                "SELECT business_date, provider_npi, claims, collected, fee, net_to_provider FROM provider_totals "
                        + "ORDER BY business_date, provider_npi",
                "SELECT claim_number, status, last_settled_on FROM claims ORDER BY claim_number",
                "SELECT claim_number, paid_on, paid_amount, settled_on FROM remittances ORDER BY id",
                "SELECT deposit_date, amount, eft_trace FROM deposits ORDER BY id")) {
            jdbc.queryForList(sql).forEach(row -> sb.append(row.values()).append('\n'));
            sb.append("--\n");
        }
        return sb.toString();
    }

    static void assertExpectedFiles(Path dir) {
        for (String name : CSV_FILES) {
            assertThat(Scenario.read(dir.resolve(name))).as(name)
                    .isEqualTo(Scenario.read(MonthEndScenario.SCENARIO.expected().resolve(name)));
        }
        assertThat(dir.resolve("summary.html")).exists();
    }

    static Map<String, String> contents(Path dir) {
        Map<String, String> files = new java.util.TreeMap<>();
        for (String name : CSV_FILES) {
            files.put(name, Scenario.read(dir.resolve(name)));
        }
        files.put("summary.html", Scenario.read(dir.resolve("summary.html")));
        return files;
    }

    static void write(Path file, String text) {
        try {
            java.nio.file.Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
