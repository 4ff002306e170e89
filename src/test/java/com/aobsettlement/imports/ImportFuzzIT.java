package com.aobsettlement.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.cli.AobSettlementCli;
import com.aobsettlement.cli.CommandParser;
import com.aobsettlement.support.Scenario;
import com.aobsettlement.support.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeded fuzzing of every CSV importer on MariaDB: 1,000 mutated versions of a valid file per kind
 * (truncation, byte flips, inserted delimiters and quotes, huge fields, wrong encodings, one very
 * long line, dropped and repeated lines). For each: no uncaught exception (exit 0, or 2 for a
 * header the mutation broke), rows read = imported + rejected = the data rows the file holds, and
 * no row of a rejected claim in the claim tables. Replay a failure with -Dfuzz.seed=N.
 */
class ImportFuzzIT {
    static final long SEED = Long.getLong("fuzz.seed", 42L);
    static final int PER_KIND = Integer.getInteger("fuzz.count", 1000);
    static final Pattern READ = Pattern.compile("read +([\\d,]+) ");
    static final Pattern IMPORTED = Pattern.compile("imported +([\\d,]+) ");
    static final Pattern REJECTED = Pattern.compile("rejected +([\\d,]+) ");

    @Test
    void everyImporterSurvivesMutatedFiles(@TempDir Path work) throws Exception {
        Scenario examples = new Scenario("worked-examples");
        Scenario lifecycle = new Scenario("dispute-lifecycle");
        String[][] kinds = {
            {"providers", examples.input("providers.csv").toString()},
            {"payers", examples.input("payers.csv").toString()},
            {"fee-schedule", examples.input("fee_schedule.csv").toString()},
            {"assignments", examples.input("assignments.csv").toString()},
            {"remittances", examples.input("remittances.csv").toString()},
            {"dispute-actions", lifecycle.input("before-2026-12-01/dispute_actions.csv").toString()},
            {"deposits", new Scenario("month-end").input("deposits.csv").toString()},
            {"era", new Scenario("worked-examples-era").input("remittances.835").toString()},
        };
        try (TestDatabase db = TestDatabase.mariadb();
             ConfigurableApplicationContext context = AobSettlementCli.openContext(db.settings(work))) {
            JdbcTemplate jdbc = db.jdbc();
            for (String[] kind : kinds) {
                Outcome base = run(context, "import", kind[0], kind[1]);
                assertThat(base.code).as(kind[0] + "\n" + base.err).isZero();
            }
            Random random = new Random(SEED);
            int tried = 0;
            for (String[] kind : kinds) {
                byte[] valid = Files.readAllBytes(Path.of(kind[1]));
                Set<String> seen = new HashSet<>();
                seen.add(new String(valid, StandardCharsets.ISO_8859_1)); // imported above: a copy would be refused
                for (int i = 0; i < PER_KIND; i++) {
                    byte[] mutated;
                    do {
                        mutated = Mutator.mutate(valid, random);
                    } while (!seen.add(new String(mutated, StandardCharsets.ISO_8859_1)));
                    Path file = work.resolve(kind[0] + "-" + i + (kind[0].equals("era") ? ".835" : ".csv"));
                    Files.write(file, mutated);
                    String replay = "kind " + kind[0] + ", mutation " + i + ", seed " + SEED + ", file " + file;
                    long claimsBefore = count(jdbc, "claims");
                    long exceptionsBefore = count(jdbc, "exceptions");
                    Outcome outcome = run(context, "import", kind[0], file.toString());
                    assertThat(outcome.code).as(replay + "\n" + outcome.err).isIn(0, 2);
                    assertThat(outcome.err).as(replay).doesNotContain("\tat ").doesNotContain("Failed:");
                    if (kind[0].equals("era")) {
                        // an 835 has no header to break: every mutated file is read, posted in part or quarantined
                        assertThat(outcome.code).as(replay + "\n" + outcome.err).isZero();
                        assertThat(outcome.out).as(replay).containsPattern("files read +1 ");
                        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM exceptions WHERE message LIKE '%MEMBER0001%' "
                                + "OR message LIKE '%PATIENT%'", Long.class)).as(replay).isZero();
                    } else if (outcome.code == 2) {
                        assertThat(outcome.err).as(replay).contains("wrong header");
                        assertThat(count(jdbc, "claims")).as(replay).isEqualTo(claimsBefore);
                        assertThat(count(jdbc, "exceptions")).as(replay).isEqualTo(exceptionsBefore);
                    } else {
                        long read = number(READ, outcome.out);
                        assertThat(read).as(replay + "\n" + outcome.out).isEqualTo(dataRows(mutated))
                                .isEqualTo(number(IMPORTED, outcome.out) + number(REJECTED, outcome.out));
                    }
                    if (kind[0].equals("assignments")) {
                        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claims c JOIN rejected_claims r "
                                + "ON r.claim_number = c.claim_number", Long.class)).as(replay).isZero();
                        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claims c WHERE NOT EXISTS (SELECT 1 FROM "
                                + "claim_lines l WHERE l.claim_id = c.id)", Long.class)).as(replay).isZero();
                        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claim_lines l WHERE NOT EXISTS (SELECT 1 FROM "
                                + "claims c WHERE c.id = l.claim_id)", Long.class)).as(replay).isZero();
                    }
                    Files.delete(file);
                    tried++;
                }
            }
            System.out.printf("fuzz: %d mutated inputs tried, seed %d%n", tried, SEED);
            assertThat(tried).isEqualTo(PER_KIND * kinds.length);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM remittances WHERE claim_number LIKE '%MEMBER%'", Long.class))
                    .isZero();
        }
    }

    record Outcome(int code, String out, String err) {
    }

    static Outcome run(ConfigurableApplicationContext context, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            code = AobSettlementCli.execute(context, CommandParser.parse(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        } catch (com.aobsettlement.cli.UsageException e) {
            code = 2;
            err.writeBytes(e.getMessage().getBytes(StandardCharsets.UTF_8));
        }
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The data rows the importer should see: CSV records after the header, blank lines not counted. */
    static long dataRows(byte[] bytes) throws Exception {
        long n = -1;
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream(bytes), "f")) {
            while (reader.next() != null) {
                n++;
            }
        }
        return Math.max(n, 0);
    }

    static long number(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("no match for " + pattern + " in\n" + text).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
