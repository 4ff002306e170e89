package com.aobsettlement.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-written buffered reader CsvReader was until FastCSV replaced it; kept only as
 * CsvReaderBench's baseline, unchanged. It read a quote after a quoted field's closing quote as a plain
 * character (FastCSV opens a quoted section again).
 *
 * <p>Its description then: the one CSV reading path of the project (RFC 4180): quoted fields with doubled quotes and line
 * breaks inside, LF or CRLF line ends, a UTF-8 byte order mark, a missing final newline. Bytes that
 * are not UTF-8 are replaced by U+FFFD, so a wrongly encoded field fails its own validation instead
 * of stopping the file. A row that cannot be read as CSV (a field over {@link #MAX_FIELD_CHARS}, a
 * quote never closed) comes back with its problem named, so that it is rejected like any bad row;
 * memory stays bounded whatever the file holds.
 */
final class HandWrittenCsvReader implements Closeable {
    public static final int MAX_FIELD_CHARS = 10_000;
    public static final int MAX_FIELDS = 200;

    private final Reader in;
    private final String fileName;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder field = new StringBuilder(64);
    private int position;
    private int limit;
    private int line = 1;
    private boolean first = true;
    private String problem;

    HandWrittenCsvReader(InputStream stream, String fileName) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        this.in = new InputStreamReader(stream, decoder);
        this.fileName = fileName;
    }

    /** The next record (the header is record 1), or null at the end of the file. Blank lines are skipped. */
    public CsvRecord next() throws IOException {
        while (true) {
            int startLine = line;
            problem = null;
            List<String> fields = readRecord();
            if (fields == null) {
                return null;
            }
            if (fields.size() == 1 && fields.get(0).isEmpty() && problem == null) {
                continue; // a blank line
            }
            return new CsvRecord(fileName, startLine, fields, problem);
        }
    }

    /** The next character, or -1 at the end; the file is read through a buffer of our own (no lock per character). */
    private int read() throws IOException {
        if (position == limit) {
            int n = in.read(buffer, 0, buffer.length);
            if (n <= 0) {
                return -1;
            }
            position = 0;
            limit = n;
            if (first) {
                first = false;
                if (buffer[0] == '\uFEFF') {
                    position = 1;
                    return read();
                }
            }
        }
        return buffer[position++];
    }

    /** Gives back the character just read (always in the buffer: a refill leaves it at position 0). */
    private void unread() {
        position--;
    }

    private List<String> readRecord() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        List<String> fields = new ArrayList<>(16);
        StringBuilder field = this.field;
        field.setLength(0);
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    problem = "a quoted field is never closed";
                    fields.add(field.toString());
                    return fields;
                }
                if (c == '"') {
                    int next = read();
                    if (next == '"') {
                        append(field, '"');
                    } else {
                        quoted = false;
                        c = next;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    append(field, (char) c);
                }
                c = read();
                continue;
            }
            if (c == -1 || c == '\n' || c == '\r') {
                fields.add(field.toString());
                if (c == '\r') {
                    int next = read();
                    if (next != '\n' && next != -1) {
                        unread();
                    }
                }
                if (c != -1) {
                    line++;
                }
                return fields;
            }
            if (c == ',') {
                if (fields.size() < MAX_FIELDS) {
                    fields.add(field.toString());
                } else if (problem == null) {
                    problem = "more than " + MAX_FIELDS + " fields";
                }
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                append(field, (char) c);
                // the rest of an unquoted field in one copy: up to the next comma, line end or quote
                int from = position;
                int to = from;
                while (to < limit) {
                    char ch = buffer[to];
                    if (ch == ',' || ch == '\n' || ch == '\r' || ch == '"') {
                        break;
                    }
                    to++;
                }
                if (to > from) {
                    int room = MAX_FIELD_CHARS - field.length();
                    field.append(buffer, from, Math.min(room, to - from));
                    if (to - from > room && problem == null) {
                        problem = "a field is longer than " + MAX_FIELD_CHARS + " characters";
                    }
                    position = to;
                }
            }
            c = read();
        }
    }

    private void append(StringBuilder field, char c) {
        if (field.length() >= MAX_FIELD_CHARS) {
            if (problem == null) {
                problem = "a field is longer than " + MAX_FIELD_CHARS + " characters";
            }
            return;
        }
        field.append(c);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
