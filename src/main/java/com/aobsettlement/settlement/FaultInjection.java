package com.aobsettlement.settlement;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A test aid for restart tests: with {@code aob.fault.fail-after-claims=N} the settlement writer
 * fails its chunk once N claims have been written in this process, after its SQL ran, so that the
 * chunk's transaction rolls back. Off (0) unless set.
 */
public class FaultInjection {
    private final long failAfterClaims;
    private final AtomicLong written = new AtomicLong();

    public FaultInjection(long failAfterClaims) {
        this.failAfterClaims = failAfterClaims;
    }

    public void afterChunkWritten(int claims) {
        if (failAfterClaims > 0 && written.addAndGet(claims) > failAfterClaims) {
            throw new IllegalStateException("injected failure after " + failAfterClaims
                    + " claims (aob.fault.fail-after-claims)");
        }
    }
}
