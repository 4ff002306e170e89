package com.aobsettlement.imports;

import java.io.BufferedReader;
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
 * The first CsvReader, character by character through a BufferedReader: simple enough to trust, kept
 * as the reference CsvReader (FastCSV and what it adds) must agree with (CsvReaderTest). One change
 * since, to FastCSV's reading: a quote after a quoted field's closing quote opens a quoted section
 * again (it was taken as a plain character), so {@code "ab"c"d,e"} is one field {@code abc"d,e}.
 */
final class ReferenceCsvReader implements Closeable {
    static final int MAX_FIELD_CHARS = CsvReader.MAX_FIELD_CHARS;
    static final int MAX_FIELDS = CsvReader.MAX_FIELDS;

    private final Reader in;
    private final String fileName;
    private int line = 1;
    private int pending = -2; // -2: nothing pushed back
    private boolean first = true;
    private String problem;

    ReferenceCsvReader(InputStream stream, String fileName) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        this.in = new BufferedReader(new InputStreamReader(stream, decoder), 1 << 16);
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

    private int read() throws IOException {
        int c;
        if (pending != -2) {
            c = pending;
            pending = -2;
        } else {
            c = in.read();
        }
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                c = in.read();
            }
        }
        return c;
    }

    private List<String> readRecord() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
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
                    if (next != '\n') {
                        pending = next;
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
            } else if (c == '"' && wasQuoted) {
                // a quote after a quoted field's closing quote opens a quoted section again, kept as text
                append(field, '"');
                quoted = true;
            } else {
                append(field, (char) c);
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
