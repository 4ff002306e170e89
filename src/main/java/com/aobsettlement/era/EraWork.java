package com.aobsettlement.era;

import com.aobsettlement.domain.EraEnvelope;
import com.aobsettlement.domain.EraTransaction;
import com.aobsettlement.domain.ReasonCode;
import java.nio.file.Path;
import java.util.List;

/** What the ERA import step reads and writes, in file order: one item per transaction, plus one per file's outcome. */
public sealed interface EraWork {

    /** How many claims the item carries, for progress. */
    default long claims() {
        return 0;
    }

    /** A file taken before (same SHA-256) with nothing left that a new attempt could change. */
    record FileSkipped(Path file, String sha256, String previousFile) implements EraWork {
    }

    /** A file that does not parse: quarantined whole (ERA_SYNTAX). */
    record FileRefused(Path file, String sha256, String problem) implements EraWork {
    }

    /** A transaction as read; the processor decides what becomes of it. */
    record TransactionRead(Path file, EraTransaction transaction) implements EraWork {
        @Override
        public long claims() {
            return transaction.claims().size();
        }
    }

    /**
     * A transaction to post ({@code reason} null; {@code payerCode} set and {@code eraPayerId} the id
     * that matched it) or to quarantine with its reason.
     */
    record TransactionDecided(Path file, EraTransaction transaction, String payerCode, String eraPayerId, ReasonCode reason,
                              String message)
            implements EraWork {
        @Override
        public long claims() {
            return transaction.claims().size();
        }
    }

    /**
     * One interchange of a file with several whose envelope is not sound (DOMAIN.md §5.1): quarantined
     * whole, its bytes {@code start..end} as they are; {@code transactions} are the envelopes of its
     * transaction sets, none of them posted.
     */
    record InterchangeRefused(Path file, String sha256, int interchange, String isa13, int isaSegment, long start, long end,
                              String problem, List<EraEnvelope> transactions)
            implements EraWork {
    }

    /** The end of a file whose transactions were all handled. */
    record FileDone(Path file, String sha256) implements EraWork {
    }
}
