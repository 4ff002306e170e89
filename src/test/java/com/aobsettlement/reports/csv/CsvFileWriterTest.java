package com.aobsettlement.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report CSVs: quoting, UTF-8, and rows given as bytes written exactly as the same rows given as strings. */
class CsvFileWriterTest {

    @Test
    void quotesWhatNeedsIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.csv");
        try (CsvFileWriter out = new CsvFileWriter(file, List.of("a", "b", "c"))) {
            out.row(Arrays.asList("plain", "with,comma", "say \"hi\""));
            out.row(new byte[][] {"Zoë".getBytes(StandardCharsets.UTF_8), null, "two\nlines".getBytes(StandardCharsets.UTF_8)});
            out.commit();
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo("a,b,c\nplain,\"with,comma\",\"say \"\"hi\"\"\"\nZoë,,\"two\nlines\"\n");
        assertThat(dir.resolve("r.csv.tmp")).doesNotExist();
    }

    @Test
    void bytesAndStringsGiveTheSameFile(@TempDir Path dir) throws Exception {
        Random random = new Random(11);
        String alphabet = "ab1.-,\"\n\r éñ€😀";
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < 2000; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                if (random.nextInt(10) == 0) {
                    row.add(null);
                    continue;
                }
                StringBuilder sb = new StringBuilder();
                for (int n = random.nextInt(8); n > 0; n--) {
                    sb.appendCodePoint(alphabet.codePoints().toArray()[random.nextInt((int) alphabet.codePoints().count())]);
                }
                row.add(sb.toString());
            }
            rows.add(row);
        }
        List<String> header = List.of("w", "x", "y", "z");
        try (CsvFileWriter out = new CsvFileWriter(dir.resolve("strings.csv"), header)) {
            rows.forEach(out::row);
            out.commit();
        }
        try (CsvFileWriter out = new CsvFileWriter(dir.resolve("bytes.csv"), header)) {
            for (List<String> row : rows) {
                out.row(row.stream().map(f -> f == null ? null : f.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new));
            }
            out.commit();
        }
        assertThat(Files.readAllBytes(dir.resolve("bytes.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("strings.csv")));
        assertThat(Files.readString(dir.resolve("strings.csv"))).contains("\"\"").contains("😀");
    }
}
