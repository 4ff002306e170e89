package com.aobsettlement.imports;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.RecordType;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one CSV reading path of the project (RFC 4180), parsed by FastCSV: quoted fields with doubled
 * quotes and line breaks inside, LF, CRLF or CR line ends, a UTF-8 byte order mark, a missing final
 * newline; blank lines are skipped. Bytes that are not UTF-8 are replaced by U+FFFD, so a wrongly
 * encoded field fails its own validation instead of stopping the file. A row that cannot be read as
 * CSV (a field over {@link #MAX_FIELD_CHARS}, more than {@link #MAX_FIELDS} fields, a quote never
 * closed) comes back with its problem named, so that it is rejected like any bad row. A record's line
 * is the physical line it starts on (the header is line 1).
 *
 * <p>What FastCSV 4.1.0 does not say or does otherwise is done here, around it: a quote still open at
 * the end of the file, a line holding only {@code ""} (blank), a CR alone inside a quoted field (kept
 * as text, not counted as a line; FastCSV would count it, and would drop the field when an LF follows
 * the closing quote), the field limits. A quote after a quoted field's closing quote opens a quoted
 * section again (FastCSV's reading). Memory stays bounded: FastCSV holds one field of at most
 * {@link #MAX_BUFFER_CHARS}; a longer one ends the file's reading with a problem row.
 */
public final class CsvReader implements Closeable {
    public static final int MAX_FIELD_CHARS = 10_000;
    public static final int MAX_FIELDS = 200;
    static final int MAX_BUFFER_CHARS = 16 * 1024 * 1024;
    static final String NEVER_CLOSED = "a quoted field is never closed";

    /**
     * Characters a UTF-8 decoder never gives (high surrogates with no low one after them), written
     * into what FastCSV reads: {@code CR_ALONE} + LF stands for a CR not followed by an LF, and
     * {@code END} + LF follows the last character of the file.
     */
    private static final char CR_ALONE = '\uD801';
    private static final char END = '\uD800';

    private final de.siegmar.fastcsv.reader.CsvReader<CsvRecord> csv;
    private final CloseableIterator<CsvRecord> records;
    private final Rows rows;
    private boolean done;

    public CsvReader(InputStream stream, String fileName) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        rows = new Rows(fileName);
        csv = de.siegmar.fastcsv.reader.CsvReader.builder()
                .allowExtraCharsAfterClosingQuote(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .maxBufferSize(MAX_BUFFER_CHARS)
                .build(rows, new Input(new InputStreamReader(stream, decoder)));
        records = csv.iterator();
    }

    /** The next record (the header is record 1), or null at the end of the file. Blank lines are skipped. */
    public CsvRecord next() throws IOException {
        if (done) {
            return null;
        }
        try {
            if (records.hasNext()) {
                return records.next();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (CsvParseException e) {
            if (!(e.getCause() instanceof CsvParseException)) {
                throw e; // not FastCSV's "buffer too small", the only one this configuration can meet
            }
            done = true;
            return rows.unfinished("a field is longer than " + MAX_BUFFER_CHARS
                    + " characters (a quote never closed?); the rest of the file is not read");
        }
        done = true;
        return null;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }

    /** Builds our records from FastCSV's fields. */
    private static final class Rows extends AbstractBaseCsvCallbackHandler<CsvRecord> {
        private final String fileName;
        private List<String> fields;
        private String lastField; // the latest field past MAX_FIELDS: the row keeps its last field
        private String problem;
        private boolean unclosed;
        private long uncounted; // lines FastCSV counted that are not line ends here (CR_ALONE + LF in quotes)
        private long uncountedInRecord;

        Rows(String fileName) {
            this.fileName = fileName;
        }

        @Override
        protected void handleBegin(long startingLineNumber) {
            fields = new ArrayList<>(16);
            lastField = null;
            problem = null;
            unclosed = false;
            uncountedInRecord = 0;
        }

        @Override
        protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
            if (index > MAX_FIELDS && problem == null) {
                problem = "more than " + MAX_FIELDS + " fields";
            }
            String value;
            if (quoted) {
                value = quotedValue(buf, offset, len);
            } else {
                if (len > 0 && (buf[offset + len - 1] == END || buf[offset + len - 1] == CR_ALONE)) {
                    len--; // the marker before the LF that ends the record
                }
                value = text(buf, offset, len);
            }
            if (index < MAX_FIELDS) {
                fields.add(value);
            } else {
                lastField = value;
            }
        }

        private String quotedValue(char[] buf, int offset, int len) {
            int end = offset + len;
            if (len >= 2 && buf[end - 2] == END && buf[end - 1] == '\n') {
                unclosed = true; // the end of the file came inside the quotes
                end -= 2;
            } else if (len >= 1 && (buf[end - 1] == END || buf[end - 1] == CR_ALONE)) {
                end--; // text after the closing quote, then the end of the record
            }
            StringBuilder value = null;
            int from = offset;
            for (int i = offset; i < end - 1; i++) {
                if (buf[i] == CR_ALONE && buf[i + 1] == '\n') {
                    if (value == null) {
                        value = new StringBuilder(end - offset);
                    }
                    value.append(buf, from, i - from).append('\r');
                    from = i + 2;
                    i++;
                    uncountedInRecord++;
                }
            }
            if (value == null) {
                return text(buf, offset, end - offset);
            }
            value.append(buf, from, end - from);
            return value.length() > MAX_FIELD_CHARS ? tooLong(value.substring(0, MAX_FIELD_CHARS)) : value.toString();
        }

        private String text(char[] buf, int offset, int len) {
            if (len > MAX_FIELD_CHARS) {
                return tooLong(new String(buf, offset, MAX_FIELD_CHARS));
            }
            return new String(buf, offset, len);
        }

        private String tooLong(String cut) {
            if (problem == null) {
                problem = "a field is longer than " + MAX_FIELD_CHARS + " characters";
            }
            return cut;
        }

        @Override
        protected CsvRecord buildRecord() {
            long line = getStartingLineNumber() - uncounted;
            uncounted += uncountedInRecord;
            if (getRecordType() != RecordType.DATA) {
                return null; // an empty line
            }
            if (lastField != null) {
                fields.add(lastField);
            }
            String why = unclosed ? NEVER_CLOSED : problem;
            if (why == null && fields.size() == 1 && fields.get(0).isEmpty()) {
                return null; // a blank line, "" or the end of the file
            }
            return new CsvRecord(fileName, (int) line, fields, why);
        }

        /** The record FastCSV was reading when it stopped, with {@code why}. */
        CsvRecord unfinished(String why) {
            List<String> read = fields == null ? List.of() : fields;
            return new CsvRecord(fileName, (int) (getStartingLineNumber() - uncounted), read, why);
        }
    }

    /**
     * The decoded file as FastCSV reads it: without a leading byte order mark, a CR alone as
     * {@link #CR_ALONE} + LF (FastCSV 4.1.0 loses a quoted field holding a CR alone when an LF follows
     * its closing quote), and {@link #END} + LF after the last character, which tells whether the file
     * ended inside quotes. Text without CR passes through FastCSV's own buffer untouched.
     */
    private static final class Input extends Reader {
        private final Reader in;
        private char[] back = new char[0]; // characters read ahead, given before any from {@code in}
        private int backPos;
        private boolean started;
        private boolean ended;

        Input(Reader in) {
            this.in = in;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (len < 2) {
                char[] two = new char[2];
                int n = len == 0 ? 0 : read(two, 0, 2);
                if (n > 0) {
                    cbuf[off] = two[0];
                    if (n == 2) {
                        unread(two, 1, 2);
                    }
                    return 1;
                }
                return n;
            }
            int n;
            if (backPos < back.length) {
                n = Math.min(len, back.length - backPos);
                System.arraycopy(back, backPos, cbuf, off, n);
                backPos += n;
            } else {
                if (ended) {
                    return -1;
                }
                n = in.read(cbuf, off, len);
                if (n < 0) {
                    ended = true;
                    cbuf[off] = END;
                    cbuf[off + 1] = '\n';
                    return 2;
                }
                if (!started && n > 0) {
                    started = true;
                    if (cbuf[off] == '\uFEFF') {
                        System.arraycopy(cbuf, off + 1, cbuf, off, --n);
                        if (n == 0) {
                            return read(cbuf, off, len);
                        }
                    }
                }
            }
            int end = off + n;
            for (int i = off; i < end; i++) {
                if (cbuf[i] != '\r') {
                    continue;
                }
                int next = i + 1 < end ? cbuf[i + 1] : peek();
                if (next == '\n') {
                    i++; // CRLF, as it is (an LF peeked stays to be read next)
                    continue;
                }
                if (i + 1 == off + len) {
                    unread(cbuf, i, end); // no room for two characters: the CR is read next time
                    return i - off;
                }
                unread(cbuf, i + 1, end);
                cbuf[i] = CR_ALONE;
                cbuf[i + 1] = '\n';
                return i + 2 - off;
            }
            return n;
        }

        /** The next character, left to be read; -1 at the end. */
        private int peek() throws IOException {
            if (backPos < back.length) {
                return back[backPos];
            }
            int c = ended ? -1 : in.read();
            if (c >= 0) {
                unread(new char[] {(char) c}, 0, 1);
            }
            return c;
        }

        private void unread(char[] from, int start, int end) {
            char[] rest = new char[end - start + back.length - backPos];
            System.arraycopy(from, start, rest, 0, end - start);
            System.arraycopy(back, backPos, rest, end - start, back.length - backPos);
            back = rest;
            backPos = 0;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
