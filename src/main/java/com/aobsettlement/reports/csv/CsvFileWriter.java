package com.aobsettlement.reports.csv;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;

/**
 * Writes a report CSV whole or not at all: to a temporary file in the same folder, then an atomic
 * rename, so a crash never leaves half a report. LF line ends, UTF-8, RFC 4180 quoting where needed.
 * Rows come as objects rendered by the columns of their file ({@link #write}), as strings, as fields
 * already in UTF-8 ({@link #row(byte[][])}), which is how a million-row report goes from the database's
 * result rows to the file without a String in between, or as rows already rendered ({@link #line}).
 */
public final class CsvFileWriter implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private boolean done;

    /** A whole file: the header of {@code columns} (the values of the enum that defines the file), then each row as they render it. */
    public static <R, C extends Enum<C> & CsvColumn<R>> void write(Path target, C[] columns, Collection<? extends R> rows) {
        try (CsvFileWriter out = new CsvFileWriter(target, CsvColumn.header(columns))) {
            for (R row : rows) {
                out.row(CsvColumn.fields(columns, row));
            }
            out.commit();
        }
    }

    public CsvFileWriter(Path target, List<String> header) {
        try {
            Files.createDirectories(target.getParent());
            this.target = target;
            this.temp = target.resolveSibling(target.getFileName() + ".tmp");
            this.out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
            row(header);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    public void row(List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                String field = escape(fields.get(i));
                out.write(field.getBytes(StandardCharsets.UTF_8));
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** A row of fields in UTF-8 (null: empty), quoted as {@link #escape} quotes a string. */
    public void row(byte[][] fields) {
        try {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                byte[] field = FormulaGuard.cell(fields[i]);
                if (field == null) {
                    continue;
                }
                if (needsQuotes(field)) {
                    out.write('"');
                    for (byte b : field) {
                        if (b == '"') {
                            out.write('"');
                        }
                        out.write(b);
                    }
                    out.write('"');
                } else {
                    out.write(field);
                }
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** A row already rendered as CSV (its first {@code length} bytes), without its line end. */
    public void line(byte[] row, int length) {
        try {
            out.write(row, 0, length);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** In UTF-8 the bytes of ',', '"', LF and CR occur only as those characters. */
    private static boolean needsQuotes(byte[] field) {
        for (byte b : field) {
            if (b == ',' || b == '"' || b == '\n' || b == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Flushes, forces to disk and moves the file into place. */
    public void commit() {
        try {
            out.close();
            try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            done = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /**
     * A field as written to the file: empty for null, a text that could run as a formula guarded
     * ({@link FormulaGuard}), quoted if it holds ',', '"', CR or LF.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        String field = FormulaGuard.cell(text);
        if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }

    @Override
    public void close() {
        if (!done) {
            try {
                out.close();
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temporary file is overwritten by the next attempt
            }
        }
    }
}
