package com.aobsettlement.imports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Mutations of a valid input file, for fuzzing; the same Random gives the same mutations. {@link #mutate}
 * breaks the file's shape at random; the {@link Family} mutations aim at the rules for every input
 * (DOMAIN.md §3) inside fields that keep their place: impossible dates, invisible characters, formula
 * text, blanks and TABs around a value.
 */
final class Mutator {
    /** A kind of targeted mutation. */
    enum Family {
        IMPOSSIBLE_DATES, INVISIBLE_CHARACTERS, FORMULA_TEXT, BLANKS_AND_TABS
    }

    private static final String[] INVISIBLE = {"\uFEFF", "\u200B", "\u200F", "\u202E", "\u2066", "\u00AD"};
    private static final String[] FORMULAS = {"=", "+", "-", "@", "=1+1", "=HYPERLINK(A1)", "@SUM(A1)", "-2+3"};
    private static final String[] BLANKS = {" ", "\t", " \t", "\u00A0", "  "};
    private static final byte[][] DELIMITERS = {{','}, {'"'}, {'\n'}, {'\r'}, {'\r', '\n'}, {'"', '"'}, {',', '"'}};

    private Mutator() {
    }

    static byte[] mutate(byte[] input, Random random) {
        byte[] data = input;
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds; r++) {
            data = once(data, random);
        }
        return data;
    }

    private static byte[] once(byte[] data, Random random) {
        int pos = data.length == 0 ? 0 : random.nextInt(data.length);
        switch (random.nextInt(10)) {
            case 0: // truncation
                return slice(data, 0, pos);
            case 1: { // byte flips
                byte[] copy = data.clone();
                for (int i = 0; i < 1 + random.nextInt(4) && copy.length > 0; i++) {
                    copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return copy;
            }
            case 2: // inserted delimiters and quotes
                return insert(data, pos, DELIMITERS[random.nextInt(DELIMITERS.length)]);
            case 3: // a huge field
                return insert(data, pos, "x".repeat(5_000 + random.nextInt(20_000)).getBytes(StandardCharsets.US_ASCII));
            case 4: // wrong encoding: UTF-16, or Latin-1 / invalid UTF-8 bytes
                if (random.nextBoolean()) {
                    return new String(data, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
                }
                return insert(data, pos, new byte[] {(byte) 0xE9, (byte) 0xFF, (byte) 0xC3, (byte) 0x28});
            case 5: // one very long line
                return new String(data, StandardCharsets.ISO_8859_1).replace("\n", " ").replace("\r", "")
                        .getBytes(StandardCharsets.ISO_8859_1);
            case 6: { // a line dropped
                String text = new String(data, StandardCharsets.ISO_8859_1);
                String[] lines = text.split("\n", -1);
                if (lines.length < 3) {
                    return data;
                }
                int drop = 1 + random.nextInt(lines.length - 1);
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < lines.length; i++) {
                    if (i != drop) {
                        sb.append(lines[i]).append(i < lines.length - 1 ? "\n" : "");
                    }
                }
                return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
            }
            case 7: { // a line repeated
                String text = new String(data, StandardCharsets.ISO_8859_1);
                String[] lines = text.split("\n", -1);
                String line = lines[random.nextInt(lines.length)];
                return insert(data, pos, (line + "\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            case 8: // a field emptied or a digit changed
                return replaceChar(data, random);
            default: // random bytes
                byte[] junk = new byte[1 + random.nextInt(64)];
                random.nextBytes(junk);
                return insert(data, pos, junk);
        }
    }

    private static byte[] replaceChar(byte[] data, Random random) {
        if (data.length == 0) {
            return data;
        }
        byte[] copy = data.clone();
        int i = random.nextInt(copy.length);
        byte[] choices = {'0', '9', '-', '.', ' ', 'A', 'T', ':', '+'};
        copy[i] = choices[random.nextInt(choices.length)];
        return copy;
    }

    private static byte[] slice(byte[] data, int from, int to) {
        byte[] out = new byte[to - from];
        System.arraycopy(data, from, out, 0, out.length);
        return out;
    }

    private static byte[] insert(byte[] data, int pos, byte[] what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + what.length);
        out.write(data, 0, pos);
        out.write(what, 0, what.length);
        out.write(data, pos, data.length - pos);
        return out.toByteArray();
    }

    /**
     * One to three targeted changes of {@code family}, each inside one field of a data row (CSV) or one element
     * of a BPR, TRN, DTM, CLP or PLB segment (835, {@code edi}); the file's delimiters stay as they are.
     */
    static byte[] mutate(byte[] input, Random random, Family family, LocalDate today, boolean edi) {
        byte[] data = input;
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds; r++) {
            List<int[]> fields = fields(data, edi);
            if (fields.isEmpty()) {
                return data;
            }
            data = switch (family) {
                case IMPOSSIBLE_DATES -> impossibleDate(data, fields, random, today, edi);
                case INVISIBLE_CHARACTERS -> {
                    int[] f = fields.get(random.nextInt(fields.size()));
                    int at = f[0] + random.nextInt(f[1] - f[0] + 1);
                    yield insert(data, at, utf8(INVISIBLE[random.nextInt(INVISIBLE.length)]));
                }
                case FORMULA_TEXT -> {
                    int[] f = fields.get(random.nextInt(fields.size()));
                    String lead = FORMULAS[random.nextInt(FORMULAS.length)];
                    yield random.nextInt(4) == 0 ? replace(data, f, utf8(lead)) : insert(data, f[0], utf8(lead));
                }
                case BLANKS_AND_TABS -> {
                    int[] f = fields.get(random.nextInt(fields.size()));
                    byte[] blank = utf8(BLANKS[random.nextInt(BLANKS.length)]);
                    yield random.nextBoolean() ? insert(data, f[0], blank) : insert(data, f[1], blank);
                }
            };
        }
        return data;
    }

    /** A date field (or, in a file without dates, any field) becomes 0000-01-01, 1582-10-10, 9999-12-31, 1989-12-31 or today + 2 years. */
    private static byte[] impossibleDate(byte[] data, List<int[]> fields, Random random, LocalDate today, boolean edi) {
        List<int[]> dates = new ArrayList<>();
        for (int[] f : fields) {
            if (isDate(data, f[0], f[1], edi)) {
                dates.add(f);
            }
        }
        List<int[]> from = dates.isEmpty() ? fields : dates;
        int[] f = from.get(random.nextInt(from.size()));
        LocalDate[] bad = {LocalDate.of(0, 1, 1), LocalDate.of(1582, 10, 10), LocalDate.of(9999, 12, 31),
            LocalDate.of(1989, 12, 31), today.plusYears(2)};
        String date = bad[random.nextInt(bad.length)].toString();
        if (edi) {
            return replace(data, f, utf8(date.replace("-", "")));
        }
        // an instant keeps its time: only its date part changes
        return replace(data, new int[] {f[0], dates.isEmpty() ? f[1] : f[0] + 10}, utf8(date));
    }

    /** CSV: a field starting YYYY-MM-DD; 835: eight digits starting 19 or 20 (CCYYMMDD). */
    private static boolean isDate(byte[] data, int from, int to, boolean edi) {
        String text = new String(data, from, to - from, StandardCharsets.ISO_8859_1);
        return edi ? text.matches("(19|20)\\d{6}") : text.matches("\\d{4}-\\d{2}-\\d{2}.*");
    }

    /** The byte ranges [from, to) of the fields a targeted mutation may change. */
    static List<int[]> fields(byte[] data, boolean edi) {
        List<int[]> fields = new ArrayList<>();
        if (edi) {
            int start = 0;
            for (int i = 0; i <= data.length; i++) {
                if (i == data.length || data[i] == '~') {
                    segment(data, start, i, fields);
                    start = i + 1;
                }
            }
            return fields;
        }
        int line = 0;
        int start = 0;
        for (int i = 0; i <= data.length; i++) {
            byte b = i == data.length ? (byte) '\n' : data[i];
            if (b == ',' || b == '\n' || b == '\r') {
                if (line > 0 && i > start) {
                    fields.add(new int[] {start, i});
                }
                if (b == '\n') {
                    line++;
                }
                start = i + 1;
            }
        }
        return fields;
    }

    private static void segment(byte[] data, int from, int to, List<int[]> fields) {
        while (from < to && (data[from] == '\n' || data[from] == '\r' || data[from] == ' ')) {
            from++;
        }
        String tag = to - from >= 4 ? new String(data, from, 4, StandardCharsets.ISO_8859_1) : "";
        if (!List.of("BPR*", "TRN*", "DTM*", "CLP*", "PLB*").contains(tag)) {
            return;
        }
        int start = from + 4;
        for (int i = start; i <= to; i++) {
            if (i == to || data[i] == '*') {
                if (i > start) {
                    fields.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
    }

    private static byte[] replace(byte[] data, int[] range, byte[] with) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + with.length);
        out.write(data, 0, range[0]);
        out.write(with, 0, with.length);
        out.write(data, range[1], data.length - range[1]);
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
