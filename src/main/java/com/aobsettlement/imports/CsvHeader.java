package com.aobsettlement.imports;

import com.aobsettlement.batch.InputFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The header check every CSV import makes before anything is written (DOMAIN.md §3). */
public final class CsvHeader {
    private CsvHeader() {
    }

    /** Throws a {@link InputFileException} naming the expected columns when the file's header differs. */
    public static void check(Path file, List<String> expected) {
        try (InputStream in = Files.newInputStream(file); CsvReader reader = new CsvReader(in, file.getFileName().toString())) {
            CsvRecord header = reader.next();
            check(header, expected, file.getFileName().toString());
        } catch (IOException e) {
            throw new InputFileException("Cannot read " + file + ": " + e.getMessage());
        }
    }

    static void check(CsvRecord header, List<String> expected, String fileName) {
        List<String> actual = header == null ? List.of() : header.fields().stream().map(String::trim).toList();
        if (!actual.equals(expected)) {
            String found = header == null ? "an empty file" : "'" + String.join(",", actual) + "'";
            throw new InputFileException(fileName + " has the wrong header: found " + abbreviate(found) + ".\n"
                    + "Expected exactly: " + String.join(",", expected));
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
