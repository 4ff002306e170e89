package com.aobsettlement.settlement;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the claim ids into disjoint, contiguous ranges, one per partition, with stable names
 * ({@code partition0} …): a restart matches partitions by name and reruns only those not completed.
 */
public class ClaimRangePartitioner implements Partitioner {
    public static final String FROM_ID = "fromId";
    public static final String TO_ID = "toId";
    /** The partition's name, for what it writes under it (its settlements.csv part). */
    public static final String PARTITION = "partition";

    private final long minId;
    private final long maxId;

    public ClaimRangePartitioner(long minId, long maxId) {
        this.minId = minId;
        this.maxId = maxId;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
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
