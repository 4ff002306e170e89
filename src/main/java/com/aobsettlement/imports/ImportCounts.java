package com.aobsettlement.imports;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What an import did, kept in the step's execution context at each commit so that a restarted
 * import goes on counting: rows read = rows imported + rows rejected, always.
 */
public final class ImportCounts {
    private static final String PREFIX = "import.";
    private long rowsRead;
    private long rowsImported;
    private long rowsRejected;
    private long itemsImported;
    private long itemsRejected;
    private long unmatched;
    private final Map<String, Long> rejectedByReason = new TreeMap<>();

    public void imported(ImportItem<?> item) {
        rowsRead += item.rows();
        rowsImported += item.rows();
        itemsImported++;
    }

    public void rejected(ImportItem<?> item) {
        rowsRead += item.rows();
        rowsRejected += item.rows();
        itemsRejected++;
        rejectedByReason.merge(item.problems().get(0).reason().name(), 1L, Long::sum);
    }

    public void unmatched() {
        unmatched++;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long rowsImported() {
        return rowsImported;
    }

    public long rowsRejected() {
        return rowsRejected;
    }

    public long itemsImported() {
        return itemsImported;
    }

    public long itemsRejected() {
        return itemsRejected;
    }

    public long unmatchedItems() {
        return unmatched;
    }

    public Map<String, Long> rejectedByReason() {
        return rejectedByReason;
    }

    public void saveTo(ExecutionContext context) {
        context.putLong(PREFIX + "rowsRead", rowsRead);
        context.putLong(PREFIX + "rowsImported", rowsImported);
        context.putLong(PREFIX + "rowsRejected", rowsRejected);
        context.putLong(PREFIX + "itemsImported", itemsImported);
        context.putLong(PREFIX + "itemsRejected", itemsRejected);
        context.putLong(PREFIX + "unmatched", unmatched);
        rejectedByReason.forEach((reason, n) -> context.putLong(PREFIX + "reason." + reason, n));
    }

    public static ImportCounts from(ExecutionContext context) {
        ImportCounts counts = new ImportCounts();
        counts.rowsRead = context.getLong(PREFIX + "rowsRead", 0);
        counts.rowsImported = context.getLong(PREFIX + "rowsImported", 0);
        counts.rowsRejected = context.getLong(PREFIX + "rowsRejected", 0);
        counts.itemsImported = context.getLong(PREFIX + "itemsImported", 0);
        counts.itemsRejected = context.getLong(PREFIX + "itemsRejected", 0);
        counts.unmatched = context.getLong(PREFIX + "unmatched", 0);
        for (Map.Entry<String, Object> e : context.entrySet()) {
            if (e.getKey().startsWith(PREFIX + "reason.")) {
                counts.rejectedByReason.put(e.getKey().substring((PREFIX + "reason.").length()), ((Number) e.getValue()).longValue());
            }
        }
        return counts;
    }
}
