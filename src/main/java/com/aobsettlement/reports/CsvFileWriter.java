package com.aobsettlement.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes a report CSV whole or not at all: to a temporary file in the same folder, then an atomic
 * rename, so a crash never leaves half a report. LF line ends, UTF-8, RFC 4180 quoting where needed.
 */
public final class CsvFileWriter implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final BufferedWriter out;
    private boolean done;

    public CsvFileWriter(Path target, List<String> header) {
        try {
            Files.createDirectories(target.getParent());
            this.target = target;
            this.temp = target.resolveSibling(target.getFileName() + ".tmp");
            this.out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
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
                out.write(escape(fields.get(i)));
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
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

    static String escape(String field) {
        if (field == null) {
            return "";
        }
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
