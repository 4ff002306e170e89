package com.aobsettlement.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.cli.AobSettlementCli;
import com.aobsettlement.cli.CommandParser;
import com.aobsettlement.domain.InputRules;
import com.aobsettlement.support.Scenario;
import com.aobsettlement.support.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeded fuzzing of every importer (CSV and 835) on MariaDB, in families of mutations of a valid file per
 * kind: 600 that break its shape (truncation, byte flips, inserted delimiters and quotes, huge fields, wrong
 * encodings, one very long line, dropped and repeated lines), then 100 each aimed at the rules for every
 * input (DOMAIN.md §3): impossible dates (0000-01-01, 1582-10-10, 9999-12-31, 1989-12-31, today + 2 years),
 * invisible and direction-changing characters, formula text (= + - @), blanks and TABs around a value.
 * For each file: no uncaught exception (exit 0, or 2 for a header the mutation broke), rows read =
 * imported + rejected = the data rows the file holds, and no row of a rejected claim in the claim tables.
 * After each family: nothing stored breaks the rules, and the database still settles (a settle of the
 * next date exits 0). Replay a failure with -Dfuzz.seed=N; -Dfuzz.count and -Dfuzz.targeted size the
 * families.
 */
class ImportFuzzIT {
    static final long SEED = Long.getLong("fuzz.seed", 42L);
    static final int PER_KIND = Integer.getInteger("fuzz.count", 600);
    static final int PER_KIND_TARGETED = Integer.getInteger("fuzz.targeted", 100);
    /** The business clock's today (aob.test.today): the settles after each family are of the days before it. */
    static final LocalDate TODAY = LocalDate.parse("2026-12-01");
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
             ConfigurableApplicationContext context = AobSettlementCli.openContext(withToday(db.settings(work)))) {
            JdbcTemplate jdbc = db.jdbc();
            for (String[] kind : kinds) {
                Outcome base = run(context, "import", kind[0], kind[1]);
                assertThat(base.code).as(kind[0] + "\n" + base.err).isZero();
            }
            Random random = new Random(SEED);
            Map<String, Set<String>> seen = new HashMap<>();
            int tried = 0;
            LocalDate settleDate = LocalDate.parse("2026-11-26");
            List<Mutator.Family> families = new ArrayList<>();
            families.add(null); // the shape-breaking mutations first
            families.addAll(List.of(Mutator.Family.values()));
            for (Mutator.Family family : families) {
                for (String[] kind : kinds) {
                    tried += fuzz(context, jdbc, work, kind, family, random, seen);
                }
                String after = "after the family " + (family == null ? "shape" : family) + ", seed " + SEED;
                assertStoredInputsKeepTheRules(jdbc, after);
                // the database can still settle: nothing is stored that a later job could fail to read
                Outcome settled = run(context, "settle", "--date", settleDate.toString());
                assertThat(settled.code).as(after + "\n" + settled.out + settled.err).isZero();
                settleDate = settleDate.plusDays(1);
            }
            System.out.printf("fuzz: %d mutated inputs tried, seed %d%n", tried, SEED);
            assertThat(tried).isGreaterThanOrEqualTo((PER_KIND + PER_KIND_TARGETED * 3) * kinds.length);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM remittances WHERE claim_number LIKE '%MEMBER%'", Long.class))
                    .isZero();
        }
    }

    /** Imports the mutations of one family of one kind's valid file, each new (a copy would be refused); returns how many. */
    static int fuzz(ConfigurableApplicationContext context, JdbcTemplate jdbc, Path work, String[] kind, Mutator.Family family,
                    Random random, Map<String, Set<String>> seen) throws Exception {
        byte[] valid = Files.readAllBytes(Path.of(kind[1]));
        // the valid file was imported first: a copy of it would be refused
        Set<String> kindSeen = seen.computeIfAbsent(kind[0], k -> new HashSet<>(Set.of(new String(valid, StandardCharsets.ISO_8859_1))));
        boolean edi = kind[0].equals("era");
        int count = family == null ? PER_KIND : PER_KIND_TARGETED;
        for (int i = 0; i < count; i++) {
            byte[] mutated = null;
            for (int attempt = 0; attempt < 100 && mutated == null; attempt++) {
                byte[] candidate = family == null ? Mutator.mutate(valid, random) : Mutator.mutate(valid, random, family, TODAY, edi);
                if (kindSeen.add(new String(candidate, StandardCharsets.ISO_8859_1))) {
                    mutated = candidate;
                }
            }
            if (mutated == null) {
                return i; // no new mutation of this file left in this family
            }
            String name = (family == null ? "shape" : family.name().toLowerCase()) + "-" + kind[0] + "-" + i;
            Path file = work.resolve(name + (edi ? ".835" : ".csv"));
            Files.write(file, mutated);
            String replay = "kind " + kind[0] + ", family " + (family == null ? "shape" : family) + ", mutation " + i
                    + ", seed " + SEED + ", file " + file;
            long claimsBefore = count(jdbc, "claims");
            long exceptionsBefore = count(jdbc, "exceptions");
            Outcome outcome = run(context, "import", kind[0], file.toString());
            assertThat(outcome.code).as(replay + "\n" + outcome.err).isIn(0, 2);
            assertThat(outcome.err).as(replay).doesNotContain("\tat ").doesNotContain("Failed:");
            if (edi) {
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
        }
        return count;
    }

    record Outcome(int code, String out, String err) {
    }

    static Map<String, String> withToday(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("aob.test.today", TODAY.toString());
        return all;
    }

    /** DOMAIN.md §3 over what the imports stored: every code and reference, and every date kept. */
    static void assertStoredInputsKeepTheRules(JdbcTemplate jdbc, String when) {
        String[][] codes = {
            {"claims", "claim_number"}, {"claims", "assignment_ref"}, {"claims", "payer_code"}, {"claims", "patient_ref"},
            {"claim_lines", "procedure_code"}, {"remittances", "claim_number"}, {"remittances", "eft_trace"},
            {"remittances", "payer_claim_control"}, {"payers", "payer_code"}, {"payers", "era_payer_id"},
            {"fee_schedule", "payer_code"}, {"fee_schedule", "procedure_code"}, {"dispute_actions", "claim_number"},
            {"deposits", "eft_trace"}, {"era_payments", "eft_trace"},
        };
        for (String[] c : codes) {
            for (String value : jdbc.queryForList("SELECT DISTINCT " + c[1] + " FROM " + c[0] + " WHERE " + c[1]
                    + " IS NOT NULL", String.class)) {
                assertThat(InputRules.codeProblem(value)).as(when + ": " + c[0] + "." + c[1] + " '" + value + "'").isNull();
            }
        }
        String latest = TODAY.plusYears(1).toString();
        String[][] dates = {
            {"claims", "service_date"}, {"remittances", "paid_on"}, {"payers", "effective_from"},
            {"fee_schedule", "effective_from"}, {"fee_schedule", "effective_to"}, {"dispute_actions", "action_date"},
            {"deposits", "deposit_date"}, {"era_transactions", "paid_on"}, {"era_payments", "paid_on"},
            {"era_service_lines", "service_from"}, {"era_service_lines", "service_to"},
            {"era_provider_adjustments", "fiscal_period"},
        };
        for (String[] d : dates) {
            assertThat(jdbc.queryForList("SELECT CAST(" + d[1] + " AS CHAR) FROM " + d[0] + " WHERE " + d[1] + " < '1990-01-01' OR "
                    + d[1] + " > ?", String.class, latest)).as(when + ": " + d[0] + "." + d[1]).isEmpty();
        }
        for (String instant : new String[] {"authorized_at", "submitted_at"}) {
            // stored in UTC: an instant before 1990 in UTC is before it in any zone west of Greenwich
            assertThat(jdbc.queryForList("SELECT CAST(" + instant + " AS CHAR) FROM claims WHERE " + instant
                    + " < '1990-01-01' OR " + instant + " >= ?", String.class, TODAY.plusYears(1).plusDays(2).toString()))
                    .as(when + ": claims." + instant).isEmpty();
        }
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
