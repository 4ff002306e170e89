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

    /** The cases FastCSV 4.1.0 reads otherwise or does not report, as CsvReader returns them. */
    @Test
    void whatCsvReaderAddsToFastCsv() throws Exception {
        // a CR alone inside quotes is text, not a line end; FastCSV would count it and lose the field before an LF
        List<CsvRecord> records = read("h\n\"a\rb\"\n\"c\r\nd\"\nnext\n");
        assertThat(records).extracting(CsvRecord::fields)
                .containsExactly(List.of("h"), List.of("a\rb"), List.of("c\r\nd"), List.of("next"));
        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 3, 5);
        // CR line ends; a line holding only "" is blank
        records = read("a\rb\r\r\"\"\rc");
        assertThat(records).extracting(CsvRecord::fields).containsExactly(List.of("a"), List.of("b"), List.of("c"));
        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 5);
        // the end of the file inside quotes
        records = read("h\nx,\"ab\"\"\r\ncd");
        assertThat(records.get(1).fields()).containsExactly("x", "ab\"\r\ncd");
        assertThat(records.get(1).problem()).isEqualTo("a quoted field is never closed");
        assertThat(records.get(1).line()).isEqualTo(2);
        // a quote after the closing quote opens a quoted section again
        assertThat(read("\"ab\"c\"d,e\"\n").get(0).fields()).containsExactly("abc\"d,e");
        // characters outside the Basic Multilingual Plane at the end of a field are kept
        assertThat(read("\uD800\uDC00,\"\uD801\uDC01\"").get(0).fields()).containsExactly("\uD800\uDC00", "\uD801\uDC01");
        // more than MAX_FIELDS fields: the first MAX_FIELDS and the last
        records = read(",".repeat(CsvReader.MAX_FIELDS) + "last\n" + ",".repeat(CsvReader.MAX_FIELDS + 1) + "last");
        assertThat(records.get(0).size()).isEqualTo(CsvReader.MAX_FIELDS + 1);
        assertThat(records.get(0).problem()).isNull();
        assertThat(records.get(1).size()).isEqualTo(CsvReader.MAX_FIELDS + 1);
        assertThat(records.get(1).get(CsvReader.MAX_FIELDS)).isEqualTo("last");
        assertThat(records.get(1).problem()).isEqualTo("more than 200 fields");
    }

    /** FastCSV holds one field at most MAX_BUFFER_CHARS long: a longer one (a quote never closed, mostly) ends the reading. */
    @Test
    void aFieldLongerThanFastCsvsBufferEndsTheFile() throws Exception {
        List<CsvRecord> records = read("h\nok\n\"" + "z".repeat(CsvReader.MAX_BUFFER_CHARS) + "\nnot read\n");
        assertThat(records).hasSize(3);
        assertThat(records.get(2).line()).isEqualTo(3);
        assertThat(records.get(2).problem()).isEqualTo("a field is longer than 16777216 characters (a quote never "
                + "closed?); the rest of the file is not read");
    }

    /**
     * Random files of about 400 KB (several buffer refills) with quotes, commas, CR, LF, CRLF, a BOM,
     * blank lines, huge fields and too many fields: the reader (FastCSV and what CsvReader adds to it)
     * returns exactly what the character-by-character reference returns, record by record.
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
