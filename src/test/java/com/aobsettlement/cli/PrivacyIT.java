package com.aobsettlement.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.imports.Columns;
import com.aobsettlement.imports.CsvReader;
import com.aobsettlement.imports.CsvRecord;
import com.aobsettlement.support.Cli;
import com.aobsettlement.support.Scenario;
import com.aobsettlement.support.TestDatabase;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a full run (imports with bad rows, two settlements, status, a refused and a failed
 * command, a wrong password), no log file, report file or console output holds a patient_ref
 * value or the database password (DOMAIN.md §4; credentials are never logged).
 */
class PrivacyIT {

    @Test
    void noPatientRefAndNoPasswordInLogsReportsOrOutput(@TempDir Path work) throws Exception {
        String password = "Pw-" + UUID.randomUUID();
        String user = "aobpriv" + Long.toHexString(System.nanoTime()).substring(0, 8);
        try (TestDatabase db = TestDatabase.mariadb()) {
            String schema = db.url().substring(db.url().lastIndexOf('/') + 1);
            db.jdbc().execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + password + "'");
            db.jdbc().execute("CREATE USER '" + user + "'@'localhost' IDENTIFIED BY '" + password + "'");
            try {
                db.jdbc().execute("GRANT ALL ON " + schema + ".* TO '" + user + "'@'%'");
                db.jdbc().execute("GRANT ALL ON " + schema + ".* TO '" + user + "'@'localhost'");
                Map<String, String> settings = new HashMap<>(db.settings(work));
                settings.put("AOB_DB_USER", user);
                settings.put("AOB_DB_PASSWORD", password);
                Cli cli = new Cli(settings);
                List<Cli.Result> results = new ArrayList<>();

                Scenario examples = new Scenario("worked-examples");
                Path bad = Path.of("src/test/resources/imports/bad").toAbsolutePath();
                results.add(cli.ok("import", "providers", examples.input("providers.csv").toString()));
                results.add(cli.ok("import", "payers", examples.input("payers.csv").toString()));
                results.add(cli.ok("import", "payers", bad.resolve("payers.csv").toString()));
                results.add(cli.ok("import", "assignments", examples.input("assignments.csv").toString()));
                results.add(cli.ok("import", "assignments", bad.resolve("assignments.csv").toString()));
                results.add(cli.ok("import", "remittances", examples.input("remittances.csv").toString()));
                results.add(cli.ok("settle", "--date", "2026-11-26"));
                results.add(cli.run(Map.of("aob.fault.fail-after-claims", "3"), "settle", "--date", "2026-11-27"));
                results.add(cli.ok("settle", "--date", "2026-11-27"));
                results.add(cli.ok("status"));
                results.add(cli.run("settle", "--date", "2026-11-20"));
                Map<String, String> wrong = new HashMap<>(settings);
                wrong.put("AOB_DB_PASSWORD", password + "-wrong");
                Cli.Result denied = new Cli(wrong).run("status");
                assertThat(denied.exitCode()).isEqualTo(1);
                assertThat(denied.err()).startsWith("Cannot use the database jdbc:mysql://127.0.0.1:3306/" + schema + ": ");
                results.add(denied);

                Set<String> patientRefs = new HashSet<>();
                patientRefs.addAll(column(examples.input("assignments.csv"), "patient_ref"));
                patientRefs.addAll(column(bad.resolve("assignments.csv"), "patient_ref"));
                assertThat(patientRefs).contains("PT-A1", "PT-SECRET-1").hasSizeGreaterThan(15);

                List<Path> files = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(work)) {
                    walk.filter(Files::isRegularFile).filter(p -> p.startsWith(work.resolve("logs"))
                            || p.startsWith(work.resolve("reports"))).forEach(files::add);
                }
                assertThat(files).anyMatch(p -> p.toString().endsWith("aob-settlement.log"))
                        .anyMatch(p -> p.toString().endsWith("exceptions.csv"));
                for (Path file : files) {
                    String text = Files.readString(file);
                    assertThat(text).as(file.toString()).doesNotContain(password);
                    for (String ref : patientRefs) {
                        assertThat(text).as(file + " holds a patient_ref").doesNotContain(ref);
                    }
                }
                for (Cli.Result r : results) {
                    assertThat(r.out() + r.err()).doesNotContain(password);
                    for (String ref : patientRefs) {
                        assertThat(r.out() + r.err()).doesNotContain(ref);
                    }
                }
            } finally {
                db.jdbc().execute("DROP USER IF EXISTS '" + user + "'@'%'");
                db.jdbc().execute("DROP USER IF EXISTS '" + user + "'@'localhost'");
            }
        }
    }

    static List<String> column(Path csv, String name) throws Exception {
        List<String> values = new ArrayList<>();
        int index = Columns.ASSIGNMENTS.indexOf(name);
        try (InputStream in = Files.newInputStream(csv); CsvReader reader = new CsvReader(in, "f")) {
            reader.next();
            CsvRecord r;
            while ((r = reader.next()) != null) {
                if (r.size() > index && !r.get(index).isBlank()) {
                    values.add(r.get(index).trim());
                }
            }
        }
        return values;
    }
}
