package com.aobsettlement.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A scenario kept as files: {@code src/test/resources/scenarios/NAME/input/} holds the CSV inputs,
 * {@code expected/D/} the report files each settlement date must produce.
 */
public final class Scenario {
    public static final String[] IMPORT_ORDER = {"providers", "payers", "fee-schedule", "assignments", "remittances",
        "dispute-actions"};

    private final Path root;

    public Scenario(String name) {
        this.root = Path.of("src/test/resources/scenarios", name).toAbsolutePath();
    }

    public Path input(String fileName) {
        return root.resolve("input").resolve(fileName);
    }

    public Path expected() {
        return root.resolve("expected");
    }

    /** Imports every input file present, in dependency order. */
    public void importAll(Cli cli) {
        importFolder(cli, root.resolve("input"));
    }

    /**
     * Settles each date in turn, first importing the files of {@code input/before-DATE/} when that
     * folder exists, and compares every run's report files with {@code expected/DATE/}. Returns what each run printed.
     */
    public List<String> settleDays(Cli cli, Path reportsDir, String... dates) {
        List<String> printed = new java.util.ArrayList<>();
        for (String date : dates) {
            Path before = root.resolve("input").resolve("before-" + date);
            if (Files.isDirectory(before)) {
                importFolder(cli, before);
            }
            printed.add(cli.ok("settle", "--date", date).out());
            assertReports(reportsDir, date);
        }
        return printed;
    }

    /** Imports the input files present in {@code folder}, in dependency order. */
    public static void importFolder(Cli cli, Path folder) {
        for (String kind : IMPORT_ORDER) {
            Path file = folder.resolve(kind.replace('-', '_') + ".csv");
            if (Files.exists(file)) {
                cli.ok("import", kind, file.toString());
            }
        }
    }

    /** Asserts that every expected file of {@code date} equals the file the run wrote, byte for byte. */
    public void assertReports(Path reportsDir, String date) {
        Path expectedDir = expected().resolve(date);
        List<Path> files = list(expectedDir);
        assertThat(files).as("expected files for " + date).isNotEmpty();
        for (Path expectedFile : files) {
            Path actual = reportsDir.resolve("daily").resolve(date).resolve(expectedFile.getFileName());
            assertThat(actual).as(actual.toString()).exists();
            assertThat(read(actual)).as(date + "/" + expectedFile.getFileName()).isEqualTo(read(expectedFile));
        }
    }

    static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
