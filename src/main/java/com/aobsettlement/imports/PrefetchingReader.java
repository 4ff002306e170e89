package com.aobsettlement.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads and validates the file on a thread of its own while the step writes the previous chunk:
 * parsing and checking a row costs the JVM about as much as storing it costs the database, so on
 * two cores the two overlap. The step sees the validated items in file order, one at a time.
 *
 * <p>Restart stays exact: the checkpoint counts the items the step took (committed with its chunk),
 * never the ones read ahead, and a restart skips that many items of the file before reading ahead
 * again (skipped items are not validated). Read-ahead is bounded (batches of {@link #BATCH}
 * items), so memory does not grow with the file. A failure of the reading thread
 * fails the step when the step reaches it.
 */
public final class PrefetchingReader<I, O> extends AbstractItemCountingItemStreamItemReader<O> {
    static final int BATCH = 256;

    private final ItemStreamReader<I> source;
    private final ItemProcessor<I, O> processor;
    private final int batches;
    private BlockingQueue<Batch<O>> queue;
    private Thread thread;
    private volatile boolean closing;
    private long skip;
    private Batch<O> current;
    private int position;

    private record Batch<O>(List<O> items, Throwable failure, boolean last) {
    }

    /** {@code readAhead}: how many items may wait; twice the chunk size lets a whole chunk be ready when the last is written. */
    public PrefetchingReader(String name, ItemStreamReader<I> source, ItemProcessor<I, O> processor, int readAhead) {
        this.source = source;
        this.processor = processor;
        this.batches = Math.max(2, readAhead / BATCH);
        setName(name);
    }

    @Override
    protected void doOpen() {
        source.open(new ExecutionContext()); // positions itself from our own count (jumpToItem)
        queue = new ArrayBlockingQueue<>(batches);
        closing = false;
        skip = 0;
        current = null;
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        skip = itemIndex;
    }

    @Override
    protected O doRead() throws Exception {
        if (thread == null) {
            BlockingQueue<Batch<O>> to = queue;
            thread = new Thread(() -> readAhead(to), "aob-read-ahead");
            thread.setDaemon(true);
            thread.start();
        }
        Thread readingThread = thread;
        while (current == null || position == current.items().size()) {
            if (current != null && current.failure() != null) {
                // after the items read before it
                if (current.failure() instanceof Error error) {
                    throw error;
                }
                throw (Exception) current.failure();
            }
            if (current != null && current.last()) {
                return null;
            }
            current = queue.poll(1, TimeUnit.SECONDS);
            position = 0;
            if (current == null && !readingThread.isAlive() && queue.isEmpty()) {
                // it died without a word (e.g. out of memory while reporting): fail rather than wait forever
                current = new Batch<>(List.of(), new IllegalStateException("the read-ahead thread stopped"), true);
            }
        }
        return current.items().get(position++);
    }

    /** The reading thread; it writes only to the queue of its own run ({@code queue}), never to a later run's. */
    private void readAhead(BlockingQueue<Batch<O>> queue) {
        List<O> items = new ArrayList<>(BATCH);
        try {
            for (long i = 0; i < skip; i++) {
                if (source.read() == null) {
                    break;
                }
            }
            while (!closing) {
                I in = source.read();
                if (in == null) {
                    queue.put(new Batch<>(items, null, true));
                    return;
                }
                // one item out for every item in: the checkpoint's count is also the count to skip in the file
                items.add(Objects.requireNonNull(processor.process(in), "the validator returned no item"));
                if (items.size() == BATCH) {
                    queue.put(new Batch<>(items, null, false));
                    items = new ArrayList<>(BATCH);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) { // whatever stops this thread must reach the step, or the step would wait forever
            if (!closing) {
                try {
                    queue.put(new Batch<>(items, e, true));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Override
    protected void doClose() throws Exception {
        closing = true;
        try {
            if (thread != null) {
                thread.interrupt();
                thread.join(10_000);
                if (thread.isAlive()) {
                    throw new IllegalStateException("the read-ahead thread did not stop within 10 s");
                }
            }
        } finally {
            thread = null;
            queue = null;
            source.close();
        }
    }
}
