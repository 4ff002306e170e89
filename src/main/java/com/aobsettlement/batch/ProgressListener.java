package com.aobsettlement.batch;

import java.io.PrintStream;
import java.util.function.ToLongFunction;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

/**
 * Progress of the running job's long step on stderr, at most every two seconds: items done of the
 * total, rate and time left. Every chunk step of the jobs registers it; it prints only after
 * {@link #begin} (the command line calls it before a launch), so a job run any other way stays
 * silent. Thread-safe: the partitions of the settlement step share it.
 */
@Component
public class ProgressListener implements ChunkListener<Object, Object>, StepExecutionListener {
    private static final long EVERY_NANOS = 2_000_000_000L;

    private PrintStream err;
    private String what = "";
    private ToLongFunction<Object> weight = item -> 1;
    private long total;
    private long done;
    private long startNanos;
    private long lastPrint;

    /**
     * Starts counting for one run: {@code what} names the items, {@code total} is what is known before
     * the run (0 when the steps tell it, see {@link #addTotal}), {@code weight} counts an item of a chunk.
     */
    public synchronized void begin(PrintStream err, String what, long total, ToLongFunction<Object> weight) {
        this.err = err;
        this.what = what;
        this.total = total;
        this.weight = weight;
        this.done = 0;
        this.startNanos = 0;
    }

    /** Adds to the total: each partition of a step tells what it has to do when it opens. */
    public synchronized void addTotal(long n) {
        total += n;
    }

    @Override
    public synchronized void beforeStep(StepExecution stepExecution) {
        if (startNanos == 0) {
            startNanos = System.nanoTime();
            lastPrint = startNanos;
        }
    }

    /**
     * For the step that holds the work (the manager of a partitioned step): when it ends, prints the
     * final count, so that the last line says how much was done of how much, whatever the timing.
     */
    public StepExecutionListener finalLine() {
        return new StepExecutionListener() {
            @Override
            public ExitStatus afterStep(StepExecution step) {
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
        ToLongFunction<Object> w;
        synchronized (this) {
            w = weight;
        }
        long n = 0;
        for (Object item : chunk) {
            n += w.applyAsLong(item);
        }
        advance(n);
    }

    /**
     * For a step whose items are done in other processes (the remote manager, which reads the partitions'
     * records): sets the count done so far and prints the line when it is due.
     */
    public synchronized void advanceTo(long doneSoFar) {
        if (startNanos == 0) {
            startNanos = System.nanoTime();
            lastPrint = startNanos;
        }
        if (doneSoFar != done) {
            advance(doneSoFar - done);
        }
    }

    /** Prints a line of its own with the progress (after {@link #begin} only). */
    public synchronized void note(String line) {
        if (err != null) {
            err.println(line);
        }
    }

    private synchronized void advance(long n) {
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
