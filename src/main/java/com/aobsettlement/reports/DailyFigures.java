package com.aobsettlement.reports;

import com.aobsettlement.domain.ClaimStatus;
import com.aobsettlement.domain.DisputeStatus;
import com.aobsettlement.domain.Money;
import com.aobsettlement.reports.csv.DisputesCsv;
import com.aobsettlement.store.RunSummaryStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The counts a settlement run's summary prints: claims by status, the day's disputes by kind, the disputes
 * that expired that day and the first few of them. The report step counts them while it writes
 * settlements.csv and disputes.csv (the same rows, so no second pass over a million settlements) and keeps
 * them in its execution context; a run whose report step was not part of it (a restart after the files
 * were written) reads them with the queries of {@link RunSummaryStore} instead. Both give the same figures.
 */
public final class DailyFigures {
    private static final String PREFIX = "summary.";
    /** How many expired disputes the summary lists; disputes.csv has them all. */
    public static final int LIST_LIMIT = 15;

    private final Map<String, Long> claimsByStatus = new TreeMap<>();
    /** Per kind: opened (that day, still active), updated (opened before, active), resolved, expired. */
    private final Map<String, long[]> disputesByKind = new TreeMap<>();
    private final List<String[]> firstExpired = new ArrayList<>();
    private long expired;

    DailyFigures() {
    }

    /** The rows of settlements.csv counted by status. */
    void settlements(Map<ClaimStatus, Long> counts) {
        counts.forEach((status, n) -> claimsByStatus.merge(status.name(), n, Long::sum));
    }

    /**
     * A disputes.csv row ({@link DisputesCsv}, fields in UTF-8): a dispute changed on the day whose date is
     * {@code date} (as "2026-11-26"), in claim-number order.
     */
    void dispute(byte[][] row, byte[] date) {
        String kind = DisputesCsv.kind(row).name();
        DisputeStatus status = DisputesCsv.status(row);
        long[] counts = disputesByKind.computeIfAbsent(kind, k -> new long[4]);
        boolean active = status.isActive();
        if (active && DisputesCsv.openedOn(row, date)) {
            counts[0]++;
        } else if (active) {
            counts[1]++;
        } else if (status == DisputeStatus.RESOLVED) {
            counts[2]++;
        } else if (status == DisputeStatus.EXPIRED) {
            counts[3]++;
            expired++;
            if (firstExpired.size() < LIST_LIMIT) {
                firstExpired.add(new String[] {DisputesCsv.text(row, DisputesCsv.CLAIM_NUMBER), kind,
                    DisputesCsv.text(row, DisputesCsv.AMOUNT), DisputesCsv.text(row, DisputesCsv.RESPOND_BY)});
            }
        }
    }

    /** The same figures by query, for a run whose report step ran in an earlier execution. */
    public static DailyFigures query(RunSummaryStore store, LocalDate date) {
        DailyFigures f = new DailyFigures();
        f.claimsByStatus.putAll(store.claimsByStatus(date));
        for (Object[] row : store.disputesByKind(date)) {
            f.disputesByKind.put((String) row[0], new long[] {(Long) row[1], (Long) row[2], (Long) row[3], (Long) row[4]});
            f.expired += (Long) row[4];
        }
        for (Object[] e : store.expiredOn(date, LIST_LIMIT)) {
            f.firstExpired.add(new String[] {(String) e[0], (String) e[1], Money.format((BigDecimal) e[2]), (String) e[3]});
        }
        return f;
    }

    public Map<String, Long> claimsByStatus() {
        return Collections.unmodifiableMap(claimsByStatus);
    }

    /** Kind → {opened, updated, resolved, expired}, by kind. */
    public Map<String, long[]> disputesByKind() {
        return Collections.unmodifiableMap(disputesByKind);
    }

    public long expired() {
        return expired;
    }

    /** The first {@link #LIST_LIMIT} disputes that expired, by claim number: claim, kind, amount, respond_by. */
    public List<String[]> firstExpired() {
        return Collections.unmodifiableList(firstExpired);
    }

    /** Keeps the figures in the report step's context, for the summary printed after the job. */
    public void saveTo(ExecutionContext context) {
        context.putString(PREFIX + "saved", "yes");
        claimsByStatus.forEach((status, n) -> context.putLong(PREFIX + "status." + status, n));
        disputesByKind.forEach((kind, n) -> context.putString(PREFIX + "kind." + kind, n[0] + "," + n[1] + "," + n[2] + "," + n[3]));
        context.putLong(PREFIX + "expired", expired);
        for (int i = 0; i < firstExpired.size(); i++) {
            context.putString(PREFIX + "expired." + i, String.join("\t", firstExpired.get(i)));
        }
    }

    /** The figures a report step kept, if it did. */
    public static Optional<DailyFigures> from(ExecutionContext context) {
        if (!context.containsKey(PREFIX + "saved")) {
            return Optional.empty();
        }
        DailyFigures f = new DailyFigures();
        for (Map.Entry<String, Object> e : context.entrySet()) {
            String key = e.getKey();
            if (key.startsWith(PREFIX + "status.")) {
                f.claimsByStatus.put(key.substring((PREFIX + "status.").length()), ((Number) e.getValue()).longValue());
            } else if (key.startsWith(PREFIX + "kind.")) {
                String[] n = ((String) e.getValue()).split(",");
                f.disputesByKind.put(key.substring((PREFIX + "kind.").length()), new long[] {Long.parseLong(n[0]),
                    Long.parseLong(n[1]), Long.parseLong(n[2]), Long.parseLong(n[3])});
            }
        }
        f.expired = context.getLong(PREFIX + "expired");
        for (int i = 0; context.containsKey(PREFIX + "expired." + i); i++) {
            f.firstExpired.add(context.getString(PREFIX + "expired." + i).split("\t", -1));
        }
        return Optional.of(f);
    }
}
