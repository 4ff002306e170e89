package com.aobsettlement.batch;

import java.io.PrintStream;
import java.util.function.ToLongFunction;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Progress of a long step on stderr, at most every two seconds: items done of the total, rate and
 * time left. Thread-safe, so partitioned steps can share one.
 */
public class ProgressListener implements ChunkListener<Object, Object>, StepExecutionListener {
    private static final long EVERY_NANOS = 2_000_000_000L;

    private final PrintStream err;
    private final String what;
    private final ToLongFunction<Object> weight;
    private volatile long total;
    private long done;
    private long startNanos;
    private long lastPrint;

    public ProgressListener(PrintStream err, String what, long total, ToLongFunction<Object> weight) {
        this.err = err;
        this.what = what;
        this.total = total;
        this.weight = weight;
    }

    public static ProgressListener silent() {
        return new ProgressListener(null, "", 0, x -> 1);
    }

    public void total(long total) {
        this.total = total;
    }

    /** Adds to the total: each partition of a step tells what it has to do when it opens. */
    public synchronized void addTotal(long n) {
        total += n;
    }

    @Override
    public synchronized void beforeStep(org.springframework.batch.core.step.StepExecution stepExecution) {
        if (startNanos == 0) {
            startNanos = System.nanoTime();
            lastPrint = startNanos;
        }
    }

    /**
     * A listener for the step that holds the work (the manager of a partitioned step): when it ends, prints
     * the final count, so that the last line says how much was done of how much, whatever the timing.
     */
    public StepExecutionListener finalLine() {
        return new StepExecutionListener() {
            @Override
            public org.springframework.batch.core.ExitStatus afterStep(org.springframework.batch.core.step.StepExecution step) {
                synchronized (ProgressListener.this) {
                    if (err != null && startNanos != 0) {
                        err.println(line(System.nanoTime()));
                    }
                }
                return step.getExitStatus();
            }
        };
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        long n = 0;
        for (Object item : chunk) {
            n += weight.applyAsLong(item);
        }
        advance(n);
    }

    public synchronized void advance(long n) {
        done += n;
        long now = System.nanoTime();
        if (err != null && now - lastPrint >= EVERY_NANOS) {
            lastPrint = now;
            err.println(line(now));
        }
    }

    private String line(long now) {
        double seconds = Math.max((now - startNanos) / 1e9, 0.001);
        double rate = done / seconds;
        StringBuilder sb = new StringBuilder(String.format("  %s: %,d", what, done));
        if (total > 0) {
            sb.append(String.format(" of %,d (%d%%)", total, Math.min(100, done * 100 / total)));
        }
        sb.append(String.format(", %,.0f/s", rate));
        if (total > done && rate > 0) {
            sb.append(String.format(", about %s left", Durations.format((long) ((total - done) / rate * 1000))));
        }
        return sb.toString();
    }
}
