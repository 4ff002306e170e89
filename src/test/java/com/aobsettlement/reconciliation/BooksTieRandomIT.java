package com.aobsettlement.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.support.Cli;
import com.aobsettlement.support.Scenario;
import com.aobsettlement.support.TestDatabase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The books tie on generated data (DOMAIN.md §9, §8 steps 2–3): 400 claims from the demo generator
 * with a fixed seed, settled on several dates of November 2026; then Σ ledger = Σ latest settlements
 * (per claim and in total), Σ provider totals = Σ ledger, and the reconciliation agrees.
 */
class BooksTieRandomIT {
    static final String[] DATES = {"2026-11-06", "2026-11-13", "2026-11-20", "2026-11-25", "2026-11-27", "2026-11-30"};

    @Test
    void booksTieOnGeneratedData(@TempDir Path work) {
        try (TestDatabase db = TestDatabase.mariadb()) {
            Cli cli = new Cli(db.settings(work));
            Path data = work.resolve("demo");
            cli.ok("demo-data", data.toString(), "--claims", "400", "--seed", "977");
            for (String kind : Scenario.IMPORT_ORDER) {
                cli.run("import", kind, data.resolve(kind.replace('-', '_') + ".csv").toString());
            }
            for (String date : DATES) {
                cli.ok("settle", "--date", date);
            }
            JdbcTemplate jdbc = db.jdbc();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entries", Integer.class)).isGreaterThan(200);
            assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT business_date) FROM ledger_entries", Integer.class))
                    .isGreaterThanOrEqualTo(4);

            // Σ ledger = Σ latest settlements, column by column and claim by claim.
            String[] columns = {"collected", "fee", "net_to_provider", "refund_reserve", "write_off"};
            for (String c : columns) {
                BigDecimal ledger = sum(jdbc, "SELECT SUM(" + c + ") FROM ledger_entries");
                BigDecimal latest = sum(jdbc, "SELECT SUM(s." + c + ") FROM settlements s WHERE s.business_date = "
                        + "(SELECT MAX(t.business_date) FROM settlements t WHERE t.claim_id = s.claim_id)");
                assertThat(ledger).as(c).isEqualByComparingTo(latest);
            }
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM settlements s LEFT JOIN (SELECT claim_id, SUM(collected) c, "
                    + "SUM(fee) f, SUM(net_to_provider) n, SUM(refund_reserve) r, SUM(write_off) w FROM ledger_entries "
                    + "GROUP BY claim_id) l ON l.claim_id = s.claim_id WHERE s.business_date = (SELECT MAX(t.business_date) "
                    + "FROM settlements t WHERE t.claim_id = s.claim_id) AND (COALESCE(l.c, 0) <> s.collected "
                    + "OR COALESCE(l.f, 0) <> s.fee OR COALESCE(l.n, 0) <> s.net_to_provider OR COALESCE(l.r, 0) <> s.refund_reserve "
                    + "OR COALESCE(l.w, 0) <> s.write_off)", Integer.class)).isZero();
            // Σ provider totals = Σ ledger, per date and provider.
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM provider_totals p LEFT JOIN (SELECT business_date, provider_npi, "
                    + "SUM(collected) c, SUM(fee) f, SUM(net_to_provider) n FROM ledger_entries GROUP BY business_date, provider_npi) l "
                    + "ON l.business_date = p.business_date AND l.provider_npi = p.provider_npi WHERE COALESCE(l.c, 0) <> p.collected "
                    + "OR COALESCE(l.f, 0) <> p.fee OR COALESCE(l.n, 0) <> p.net_to_provider", Integer.class)).isZero();
            assertThat(sum(jdbc, "SELECT SUM(collected) FROM provider_totals"))
                    .isEqualByComparingTo(sum(jdbc, "SELECT SUM(collected) FROM ledger_entries"));

            // The reconciliation says the same.
            cli.ok("reconcile", "--month", "2026-11", "--preview");
            Path dir = MonthEndScenario.monthlyDir(work, "2026-11");
            List<String> checks = MonthEndScenario.read(dir.resolve("reconciliation.csv"));
            String collected = sum(jdbc, "SELECT SUM(collected) FROM ledger_entries").toPlainString();
            assertThat(checks.get(3)).isEqualTo("LEDGER_VS_PROVIDER_TOTALS," + collected + "," + collected + ",0.00,BALANCED");
            assertThat(checks.get(4)).isEqualTo("LEDGER_VS_SETTLEMENTS," + collected + "," + collected + ",0.00,BALANCED");
            assertThat(checks.get(2)).startsWith("ERA_VS_LEDGER,").endsWith(",0.00,BALANCED");
            // Provider statements add up to the month's ledger.
            BigDecimal statements = MonthEndScenario.read(dir.resolve("provider_statements.csv")).stream().skip(1)
                    .map(l -> new BigDecimal(l.split(",")[2])).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(statements).isEqualByComparingTo(collected);
        }
    }

    private static BigDecimal sum(JdbcTemplate jdbc, String sql) {
        BigDecimal v = jdbc.queryForObject(sql, BigDecimal.class);
        return v == null ? BigDecimal.ZERO.setScale(2) : v;
    }
}
