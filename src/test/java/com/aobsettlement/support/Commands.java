package com.aobsettlement.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a tool a test needs (openssl, mariadb-install-db) in a folder of the test's own. */
public final class Commands {
    private Commands() {
    }

    /**
     * Runs {@code command} in {@code dir} (made if missing), appending what it prints to {@code dir/log}; a
     * failure, or more than two minutes, throws with that log.
     */
    public static void run(Path dir, List<String> command, String log) {
        try {
            Files.createDirectories(dir);
            Path out = dir.resolve(log);
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile())).start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(out));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code text} to {@code dir/file}, making the folder if missing. */
    public static void write(Path dir, String file, String text) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
