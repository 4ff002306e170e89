package com.aobsettlement.batch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Test aids for the crash-safety tests, off unless set:
 * <ul>
 *   <li>{@code aob.fault.fail-after-claims=N}: the settlement writer fails its chunk once N claims
 *       have been written in this process, after its SQL ran, so the chunk's transaction rolls back;</li>
 *   <li>{@code aob.test.pause-at=PHASE:N}: at the N-th passage of a phase ({@code read}, {@code write}
 *       (inside the chunk's transaction), {@code between} (after a commit), {@code report} (between two
 *       report files), {@code import-write}, {@code import-between}) the process prints
 *       {@code @pause PHASE:N} on stderr and sleeps {@code aob.test.pause-ms}, so that a test can kill it
 *       exactly there.</li>
 * </ul>
 */
@Component
public class FaultInjection {
    private final long failAfterClaims;
    private final String pauseAt;
    private final long pauseMillis;
    private final AtomicLong written = new AtomicLong();
    private final Map<String, AtomicLong> passages = new ConcurrentHashMap<>();

    public FaultInjection(@Value("${aob.fault.fail-after-claims:0}") long failAfterClaims,
                          @Value("${aob.test.pause-at:}") String pauseAt,
                          @Value("${aob.test.pause-ms:30000}") long pauseMillis) {
        this.failAfterClaims = failAfterClaims;
        this.pauseAt = pauseAt;
        this.pauseMillis = pauseMillis;
    }

    public static FaultInjection none() {
        return new FaultInjection(0, "", 0);
    }

    public void afterChunkWritten(int claims) {
        if (failAfterClaims > 0 && written.addAndGet(claims) > failAfterClaims) {
            throw new IllegalStateException("injected failure after " + failAfterClaims
                    + " claims (aob.fault.fail-after-claims)");
        }
    }

    /**
     * Marks one passage of a phase once the current transaction has committed (at once when there is none):
     * in Spring Batch 6 a chunk listener's afterChunk still runs inside the chunk's transaction.
     */
    public void pointAfterCommit(String phase) {
        if (pauseAt.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            point(phase);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                point(phase);
            }
        });
    }

    /** Marks one passage of a phase; pauses there when asked to. */
    public void point(String phase) {
        if (pauseAt.isEmpty()) {
            return;
        }
        long n = passages.computeIfAbsent(phase, k -> new AtomicLong()).incrementAndGet();
        if (pauseAt.equals(phase + ":" + n)) {
            System.err.println("@pause " + phase + ":" + n);
            System.err.flush();
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
