package com.aobsettlement.era;

import com.aobsettlement.support.Cli;
import com.aobsettlement.support.Scenario;
import com.aobsettlement.support.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/** A test database with the worked examples' providers, payers and claims, the sample payers, and a CLI on it. */
final class EraFixture {
    static final Path SAMPLES = Path.of("src/test/resources/era/samples").toAbsolutePath();

    final Cli cli;
    final JdbcTemplate jdbc;
    final Path quarantine;

    EraFixture(TestDatabase db, Path work) {
        Map<String, String> settings = new HashMap<>(db.settings(work));
        quarantine = work.resolve("quarantine");
        settings.put("AOB_QUARANTINE_DIR", quarantine.toString());
        cli = new Cli(settings);
        jdbc = db.jdbc();
        Scenario worked = new Scenario("worked-examples");
        cli.ok("import", "providers", worked.input("providers.csv").toString());
        cli.ok("import", "payers", worked.input("payers.csv").toString());
        cli.ok("import", "payers", Path.of("src/test/resources/era/payers_samples.csv").toAbsolutePath().toString());
        cli.ok("import", "assignments", worked.input("assignments.csv").toString());
    }

    Cli.Result importEra(Path path) {
        return cli.run("import", "era", path.toString());
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    BigDecimal sum(String sql, Object... args) {
        BigDecimal b = jdbc.queryForObject(sql, BigDecimal.class, args);
        return b == null ? null : b.setScale(2);
    }

    String string(String sql, Object... args) {
        return jdbc.queryForObject(sql, String.class, args);
    }

    List<String> strings(String sql, Object... args) {
        return jdbc.queryForList(sql, String.class, args);
    }

    /** Every text the import stored, for checks that no patient data is in it. */
    String storedText() {
        StringBuilder sb = new StringBuilder();
        for (String table : List.of("remittances", "exceptions", "era_transactions", "era_quarantine", "era_service_lines",
                "era_adjustments", "era_provider_adjustments", "era_payments", "era_files")) {
            for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM " + table)) {
                sb.append(row.values()).append('\n');
            }
        }
        return sb.toString();
    }

    List<Path> quarantined() {
        if (!Files.isDirectory(quarantine)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(quarantine)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path copySamples(Path dir) {
        try (Stream<Path> s = Files.list(SAMPLES)) {
            Files.createDirectories(dir);
            for (Path p : s.filter(p -> p.toString().endsWith(".edi")).toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
