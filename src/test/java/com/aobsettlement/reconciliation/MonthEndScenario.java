package com.aobsettlement.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.support.Cli;
import com.aobsettlement.support.Scenario;
import com.aobsettlement.support.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The month-end scenario of {@code scenarios/month-end/} (see its README): imports, 835 payments,
 * deposits and the settlements of 2026-11-10, 2026-11-20 and 2026-11-30, ready to reconcile.
 */
public final class MonthEndScenario {
    public static final Scenario SCENARIO = new Scenario("month-end");
    static final String[] SETTLE_DATES = {"2026-11-10", "2026-11-20", "2026-11-30"};

    private MonthEndScenario() {
    }

    static Cli prepare(TestDatabase db, Path work) {
        Cli cli = new Cli(db.settings(work));
        SCENARIO.importAll(cli);
        Cli.Result deposits = cli.ok("import", "deposits", SCENARIO.input("deposits.csv").toString());
        assertThat(deposits.out()).contains("rejected", "INVALID_FIELD");
        insertEraPayments(db.jdbc(), SCENARIO.input("era_payments.csv"));
        for (String date : SETTLE_DATES) {
            cli.ok("settle", "--date", date);
        }
        return cli;
    }

    /**
     * Stands in for `import era` (another branch): one era_payments row per 835 payment, as that
     * import records them (BPR02 amount, BPR16 date, TRN02 trace).
     */
    public static void insertEraPayments(JdbcTemplate jdbc, Path csv) {
        List<String> lines = read(csv);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            jdbc.update("INSERT INTO era_payments (eft_trace, payer_code, era_payer_id, amount, paid_on, source_file, source_ref, "
                    + "file_sha256, job_execution_id) VALUES (?, NULL, ?, ?, ?, 'test.835', ?, ?, 0)", f[0], f[3],
                    new java.math.BigDecimal(f[2]), java.sql.Date.valueOf(f[1]), "test.835:" + f[0], "0".repeat(64));
        }
    }

    static Path monthlyDir(Path work, String month) {
        return work.resolve("reports").resolve("monthly").resolve(month);
    }

    static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
