package com.aobsettlement.reports;

import com.aobsettlement.domain.ClaimStatus;
import com.aobsettlement.domain.DisputeKind;
import com.aobsettlement.domain.DisputeStatus;
import com.aobsettlement.domain.Money;
import com.aobsettlement.reports.csv.DisputesCsv;
import com.aobsettlement.store.RunSummaryStore;
import com.aobsettlement.store.RunSummaryStore.DisputeCounts;
import com.aobsettlement.store.RunSummaryStore.ListedDispute;
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
    private final Map<String, DisputeCounts> disputesByKind = new TreeMap<>();
    private final List<ListedDispute> firstExpired = new ArrayList<>();
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
        boolean active = status.isActive();
        DisputeCounts counted = DisputeCounts.NONE;
        if (active && DisputesCsv.openedOn(row, date)) {
            counted = OPENED;
        } else if (active) {
            counted = UPDATED;
        } else if (status == DisputeStatus.RESOLVED) {
            counted = RESOLVED;
        } else if (status == DisputeStatus.EXPIRED) {
            counted = EXPIRED;
            expired++;
            if (firstExpired.size() < LIST_LIMIT) {
                firstExpired.add(listed(DisputesCsv.text(row, DisputesCsv.CLAIM_NUMBER), kind,
                        DisputesCsv.text(row, DisputesCsv.AMOUNT), DisputesCsv.text(row, DisputesCsv.RESPOND_BY)));
            }
        }
        disputesByKind.merge(kind, counted, DisputeCounts::plus);
    }

    private static final DisputeCounts OPENED = new DisputeCounts(1, 0, 0, 0);
    private static final DisputeCounts UPDATED = new DisputeCounts(0, 1, 0, 0);
    private static final DisputeCounts RESOLVED = new DisputeCounts(0, 0, 1, 0);
    private static final DisputeCounts EXPIRED = new DisputeCounts(0, 0, 0, 1);

    /** A listed dispute from its disputes.csv text (an empty respond_by: none). */
    private static ListedDispute listed(String claimNumber, String kind, String amount, String respondBy) {
        return new ListedDispute(claimNumber, DisputeKind.valueOf(kind), new BigDecimal(amount),
                respondBy.isEmpty() ? null : LocalDate.parse(respondBy));
    }

    /** The same figures by query, for a run whose report step ran in an earlier execution. */
    public static DailyFigures query(RunSummaryStore store, LocalDate date) {
        DailyFigures f = new DailyFigures();
        f.claimsByStatus.putAll(store.claimsByStatus(date));
        f.disputesByKind.putAll(store.disputesByKind(date));
        f.expired = f.disputesByKind.values().stream().mapToLong(DisputeCounts::expired).sum();
        f.firstExpired.addAll(store.expiredOn(date, LIST_LIMIT));
        return f;
    }

    public Map<String, Long> claimsByStatus() {
        return Collections.unmodifiableMap(claimsByStatus);
    }

    /** The day's disputes by kind, in name order. */
    public Map<String, DisputeCounts> disputesByKind() {
        return Collections.unmodifiableMap(disputesByKind);
    }

    public long expired() {
        return expired;
    }

    /** The first {@link #LIST_LIMIT} disputes that expired, by claim number. */
    public List<ListedDispute> firstExpired() {
        return Collections.unmodifiableList(firstExpired);
    }

    /** Keeps the figures in the report step's context, for the summary printed after the job. */
    public void saveTo(ExecutionContext context) {
        context.putString(PREFIX + "saved", "yes");
        claimsByStatus.forEach((status, n) -> context.putLong(PREFIX + "status." + status, n));
        disputesByKind.forEach((kind, n) -> context.putString(PREFIX + "kind." + kind, n.opened() + "," + n.updated() + ","
                + n.resolved() + "," + n.expired()));
        context.putLong(PREFIX + "expired", expired);
        for (int i = 0; i < firstExpired.size(); i++) {
            ListedDispute d = firstExpired.get(i);
            context.putString(PREFIX + "expired." + i, String.join("\t", d.claimNumber(), d.kind().name(),
                    Money.format(d.amount()), d.respondBy() == null ? "" : d.respondBy().toString()));
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
                f.disputesByKind.put(key.substring((PREFIX + "kind.").length()), new DisputeCounts(Long.parseLong(n[0]),
                    Long.parseLong(n[1]), Long.parseLong(n[2]), Long.parseLong(n[3])));
            }
        }
        f.expired = context.getLong(PREFIX + "expired");
        for (int i = 0; context.containsKey(PREFIX + "expired." + i); i++) {
            String[] d = context.getString(PREFIX + "expired." + i).split("\t", -1);
            f.firstExpired.add(listed(d[0], d[1], d[2], d[3]));
        }
        return Optional.of(f);
    }
}
