package com.aobsettlement.imports;

import com.aobsettlement.batch.InputFileException;
import com.aobsettlement.batch.PrintableText;
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
            throw InputFileException.cannotRead(file, e);
        }
    }

    static void check(CsvRecord header, List<String> expected, String fileName) {
        List<String> actual = header == null ? List.of() : header.fields().stream().map(String::trim).toList();
        if (!actual.equals(expected)) {
            String text = String.join(",", actual);
            String found = header == null ? "an empty file" : "'" + PrintableText.escape(abbreviate(text)) + "'";
            // UTF-16 puts a NUL beside every ASCII letter: name the cause rather than leave the user to decode it
            long nuls = text.chars().filter(c -> c == 0).count();
            String hint = nuls > 0 && nuls * 3 >= text.length() ? " (the file looks like UTF-16: save it as UTF-8)" : "";
            throw new InputFileException(PrintableText.escape(fileName) + " has the wrong header: found " + found + hint + ".\n"
                    + "Expected exactly: " + String.join(",", expected));
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
