package com.aobsettlement.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/** The read-ahead reader: file order, a checkpoint that counts only what the step took, exact restarts, failures surfaced. */
class PrefetchingReaderTest {

    /** Items 1..n; counts how many were read and how many were validated. */
    static final class Numbers extends AbstractItemCountingItemStreamItemReader<Integer> {
        final int n;
        final int failAt;
        int next;

        Numbers(int n, int failAt) {
            this.n = n;
            this.failAt = failAt;
            setName("numbers");
        }

        @Override
        protected Integer doRead() {
            if (next == failAt) {
                throw new IllegalStateException("disk gone at item " + next);
            }
            return next < n ? ++next : null;
        }

        @Override
        protected void doOpen() {
            next = 0;
        }

        @Override
        protected void doClose() {
        }
    }

    @Test
    void restartResumesAfterTheItemsTheStepTookNotAfterTheOnesReadAhead() throws Exception {
        AtomicInteger validated = new AtomicInteger();
        PrefetchingReader<Integer, String> first = new PrefetchingReader<>("numbers", new Numbers(10_000, -1),
                i -> "v" + i + "#" + validated.incrementAndGet(), 1000);
        ExecutionContext context = new ExecutionContext();
        first.open(context);
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < 1234; i++) {
            taken.add(first.read());
        }
        first.update(context); // the checkpoint of a committed chunk
        Thread.sleep(200); // let it read ahead past the checkpoint
        first.read(); // a read of the chunk that then fails: not in the checkpoint
        first.close();
        assertThat(taken.get(0)).startsWith("v1#");
        assertThat(taken.get(1233)).startsWith("v1234#");
        assertThat(context.getInt("numbers.read.count")).isEqualTo(1234);

        validated.set(0);
        PrefetchingReader<Integer, String> restarted = new PrefetchingReader<>("numbers", new Numbers(10_000, -1),
                i -> "v" + i + "#" + validated.incrementAndGet(), 1000);
        restarted.open(context);
        assertThat(restarted.read()).isEqualTo("v1235#1"); // skipped items are not validated again
        int count = 1;
        while (restarted.read() != null) {
            count++;
        }
        restarted.close();
        assertThat(count).isEqualTo(10_000 - 1234);
    }

    @Test
    void aFailureOfTheReadingThreadFailsTheStepWhereItHappened() throws Exception {
        PrefetchingReader<Integer, Integer> reader = new PrefetchingReader<>("numbers", new Numbers(10_000, 700), i -> i, 100);
        reader.open(new ExecutionContext());
        for (int i = 1; i <= 700; i++) {
            assertThat(reader.read()).isEqualTo(i);
        }
        assertThatThrownBy(reader::read).isInstanceOf(IllegalStateException.class).hasMessage("disk gone at item 700");
        reader.close();
    }

    @Test
    void closingMidFileStopsTheReadingThread() throws Exception {
        PrefetchingReader<Integer, Integer> reader = new PrefetchingReader<>("numbers", new Numbers(1_000_000, -1), i -> i, 512);
        reader.open(new ExecutionContext());
        assertThat(reader.read()).isEqualTo(1);
        reader.close();
        Thread.sleep(100);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("aob-read-ahead") && t.isAlive());
    }
}
