package com.aobsettlement.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    static List<CsvRecord> read(byte[] bytes) throws Exception {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream(bytes), "f.csv")) {
            CsvRecord r;
            while ((r = reader.next()) != null) {
                records.add(r);
            }
        }
        return records;
    }

    static List<CsvRecord> read(String text) throws Exception {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void quotedFieldsWithCommasQuotesAndLineBreaks() throws Exception {
        List<CsvRecord> records = read("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,,\n");
        assertThat(records).hasSize(3);
        assertThat(records.get(1).fields()).containsExactly("x, y", "say \"hi\"", "two\nlines");
        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(2).fields()).containsExactly("last", "", "");
        assertThat(records.get(2).line()).isEqualTo(4);
    }

    @Test
    void bomCrlfAndMissingFinalNewline() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "npi,name\r\n1,A\r\n\r\n2,B".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        List<CsvRecord> records = read(all);
        assertThat(records).extracting(CsvRecord::fields)
                .containsExactly(List.of("npi", "name"), List.of("1", "A"), List.of("2", "B"));
        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 4);
        assertThat(records).allSatisfy(r -> assertThat(r.problem()).isNull());
    }

    @Test
    void unreadableRowsComeBackWithTheirProblem() throws Exception {
        String huge = "x".repeat(CsvReader.MAX_FIELD_CHARS + 5);
        List<CsvRecord> records = read("a,b\n" + huge + ",1\nok,2\n\"never closed,3\n");
        assertThat(records.get(1).problem()).isEqualTo("a field is longer than 10000 characters");
        assertThat(records.get(1).get(0)).hasSize(CsvReader.MAX_FIELD_CHARS);
        assertThat(records.get(2).fields()).containsExactly("ok", "2");
        assertThat(records.get(3).problem()).isEqualTo("a quoted field is never closed");
    }

    @Test
    void invalidUtf8BecomesReplacementCharacters() throws Exception {
        List<CsvRecord> records = read(new byte[] {'a', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        assertThat(records.get(1).get(0)).isEqualTo("\uFFFD(");
    }

    /**
     * Random files of about 400 KB (several buffer refills) with quotes, commas, CR, LF, CRLF, a BOM,
     * blank lines, huge fields and too many fields: the buffered reader returns exactly what the
     * character-by-character reference returns, record by record.
     */
    @Test
    void agreesWithTheCharacterByCharacterReference() throws Exception {
        java.util.Random random = new java.util.Random(7);
        String[] pieces = {",", "\"", "\"\"", "\r", "\n", "\r\n", "a", "bc", "12.50", " ", "é", "\uFEFF", "x".repeat(300)};
        for (int file = 0; file < 20; file++) {
            StringBuilder text = new StringBuilder(file % 2 == 0 ? "\uFEFF" : "");
            while (text.length() < 400_000) {
                int r = random.nextInt(100);
                if (r < 2) {
                    text.append("y".repeat(CsvReader.MAX_FIELD_CHARS + random.nextInt(70_000)));
                } else if (r < 3) {
                    text.append(",".repeat(CsvReader.MAX_FIELDS + random.nextInt(5)));
                } else {
                    text.append(pieces[random.nextInt(pieces.length)]);
                }
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            List<CsvRecord> expected = new ArrayList<>();
            try (ReferenceCsvReader reference = new ReferenceCsvReader(new ByteArrayInputStream(bytes), "f.csv")) {
                CsvRecord r;
                while ((r = reference.next()) != null) {
                    expected.add(r);
                }
            }
            assertThat(read(bytes)).as("file %d", file).containsExactlyElementsOf(expected);
            assertThat(expected.size()).isGreaterThan(20);
        }
    }
}
