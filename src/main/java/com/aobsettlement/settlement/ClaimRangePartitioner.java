package com.aobsettlement.settlement;

import com.aobsettlement.store.ClaimStore;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

/**
 * Splits the claim ids into disjoint, contiguous ranges, one per partition, with stable names
 * ({@code partition0} …): a restart matches partitions by name and reruns only those not completed.
 */
@Component
public class ClaimRangePartitioner implements Partitioner {
    public static final String FROM_ID = "fromId";
    public static final String TO_ID = "toId";
    /** The partition's name, for what it writes under it (its settlements.csv part). */
    public static final String PARTITION = "partition";

    private final ClaimStore claims;

    public ClaimRangePartitioner(ClaimStore claims) {
        this.claims = claims;
    }

    /** Called at a run's first start only: a restart reuses the partitions, and their ranges, of the failed run. */
    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        ClaimStore.ClaimIdRange range = claims.idRange().orElse(new ClaimStore.ClaimIdRange(1, 1));
        return ranges(range.first(), range.last(), gridSize);
    }

    static Map<String, ExecutionContext> ranges(long minId, long maxId, int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        long span = Math.max(maxId - minId + 1, 0);
        long size = Math.max((span + gridSize - 1) / gridSize, 1);
        for (int i = 0; i < gridSize; i++) {
            long from = minId + i * size;
            // the last partition is open-ended: claims imported after the split are not lost
            long to = i == gridSize - 1 ? Long.MAX_VALUE : Math.min(from + size - 1, maxId);
            ExecutionContext context = new ExecutionContext();
            context.putLong(FROM_ID, from);
            context.putLong(TO_ID, to);
            context.putString(PARTITION, "partition" + i);
            partitions.put("partition" + i, context);
        }
        return partitions;
    }
}
