package com.aobsettlement.settlement;

import java.util.function.BiFunction;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The reader of the partitioned settlement step: one worker step object runs every partition, each
 * on its own thread from open to close, so each thread gets a {@link PendingClaimReader} of its own,
 * built for the claim-id range its partition's context names.
 */
public class PartitionReader implements ItemStreamReader<PendingClaim> {
    private final BiFunction<Long, Long, PendingClaimReader> readers;
    private final ThreadLocal<PendingClaimReader> current = new ThreadLocal<>();

    public PartitionReader(BiFunction<Long, Long, PendingClaimReader> readers) {
        this.readers = readers;
    }

    @Override
    public void open(ExecutionContext context) {
        PendingClaimReader reader = readers.apply(context.getLong(ClaimRangePartitioner.FROM_ID),
                context.getLong(ClaimRangePartitioner.TO_ID));
        current.set(reader);
        reader.open(context);
    }

    @Override
    public PendingClaim read() {
        return current.get().read();
    }

    @Override
    public void update(ExecutionContext context) {
        PendingClaimReader reader = current.get();
        if (reader != null) {
            reader.update(context);
        }
    }

    @Override
    public void close() {
        PendingClaimReader reader = current.get();
        if (reader != null) {
            reader.close();
            current.remove();
        }
    }
}
