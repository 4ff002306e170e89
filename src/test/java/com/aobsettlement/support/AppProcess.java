package com.aobsettlement.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The command line as a child process (its own JVM, started from the test classpath), so that a
 * test can kill it with SIGKILL or SIGTERM. Its stdout and stderr go to files in the work folder.
 */
public final class AppProcess {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Process process;
    private final Path out;
    private final Path err;

    private AppProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /**
     * @param settings   AOB_* settings, passed as environment variables
     * @param properties Spring properties (test hooks such as aob.test.pause-at), passed as -D
     */
    public static AppProcess start(Path work, Map<String, String> settings, Map<String, String> properties, String... args) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:TieredStopAtLevel=1");
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-cp");
        command.add(classpath);
        command.add("com.aobsettlement.cli.AobSettlementCli");
        command.addAll(List.of(args));
        int n = COUNTER.incrementAndGet();
        Path out = work.resolve("child-" + n + ".out");
        Path err = work.resolve("child-" + n + ".err");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.directory(work.toFile());
        pb.environment().putAll(settings);
        try {
            return new AppProcess(pb.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until stderr holds {@code text}; false if the process ended first or the time ran out. */
    public boolean awaitErr(String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (err().contains(text)) {
                return true;
            }
            if (!process.isAlive()) {
                return err().contains(text);
            }
            sleep(20);
        }
        return false;
    }

    /** Waits until stdout holds {@code text}; false if the process ended first or the time ran out. */
    public boolean awaitOut(String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (out().contains(text)) {
                return true;
            }
            if (!process.isAlive()) {
                return out().contains(text);
            }
            sleep(50);
        }
        return false;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL. */
    public void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    /** SIGTERM. */
    public void terminate() {
        process.destroy();
    }

    public int waitFor(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("child did not finish within " + timeout + "\n" + err());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String out() {
        return read(out);
    }

    public String err() {
        return read(err);
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "--- stdout\n" + out() + "--- stderr\n" + err();
    }
}
