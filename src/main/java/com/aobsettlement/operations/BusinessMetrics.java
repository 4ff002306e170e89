package com.aobsettlement.operations;

import com.aobsettlement.domain.BusinessCalendar;
import com.aobsettlement.domain.ClaimStatus;
import com.aobsettlement.domain.DayKind;
import com.aobsettlement.domain.DisputeKind;
import com.aobsettlement.domain.FederalHolidayCalendar;
import com.aobsettlement.domain.UnmatchedItem;
import com.aobsettlement.reconciliation.MonthEndFigures;
import com.aobsettlement.store.JobHistoryStore;
import com.aobsettlement.store.OperationsStore;
import com.aobsettlement.store.RunSummaryStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The business gauges (README "Watching it"): where the books stand, read from the database. A scrape
 * reads one snapshot of all of them, taken at most {@link #MAX_AGE} ago, so that a scrape costs a few
 * queries at most; when the database does not answer, the gauges keep the last values they had.
 */
@Component
public class BusinessMetrics implements MeterBinder {
    /** "Due soon": respond_by from today to this many business days after today. */
    public static final int DUE_SOON_BUSINESS_DAYS = 7;
    static final Duration MAX_AGE = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(BusinessMetrics.class);

    private final ScheduleView schedule;
    private final OperationsStore operations;
    private final RunSummaryStore summary;
    private final JobHistoryStore history;
    private final MonthEndFigures monthEnd;
    private final Clock businessClock;
    private final BusinessCalendar calendar = new FederalHolidayCalendar();
    private volatile Snapshot snapshot = Snapshot.EMPTY;
    private volatile long takenAt;

    public BusinessMetrics(ScheduleView schedule, OperationsStore operations, RunSummaryStore summary, JobHistoryStore history,
                           MonthEndFigures monthEnd, @Qualifier("businessClock") Clock businessClock) {
        this.schedule = schedule;
        this.operations = operations;
        this.summary = summary;
        this.history = history;
        this.monthEnd = monthEnd;
        this.businessClock = businessClock;
    }

    /** The values of the gauges at one moment. */
    public record Snapshot(LocalDate lastSettled, int businessDaysBehind, Map<ClaimStatus, Long> claims,
                           Map<DisputeKind, Long> openDisputes, long disputesDueSoon, long rightsLostLastRun,
                           Map<UnmatchedItem.Side, BigDecimal> unmatchedMoney, long runsAwaitingRestart, boolean scheduleFailed) {
        static final Snapshot EMPTY = new Snapshot(null, 0, Map.of(), Map.of(), 0, 0, Map.of(), 0, false);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "aob.last.settled.date", "seconds", "The last settled business date, as the Unix time of its 00:00 UTC",
                s -> s.lastSettled() == null ? Double.NaN : s.lastSettled().atStartOfDay(ZoneOffset.UTC).toEpochSecond());
        gauge(registry, "aob.business.days.behind", null, "Business days up to today that are due and not settled",
                Snapshot::businessDaysBehind);
        for (ClaimStatus status : ClaimStatus.values()) {
            Gauge.builder("aob.claims", this, m -> m.current().claims().getOrDefault(status, 0L))
                    .description("Claims by their current status").tag("status", status.name()).register(registry);
        }
        for (DisputeKind kind : DisputeKind.values()) {
            Gauge.builder("aob.disputes.open", this, m -> m.current().openDisputes().getOrDefault(kind, 0L))
                    .description("Open and in-progress disputes by kind").tag("kind", kind.name()).register(registry);
        }
        gauge(registry, "aob.disputes.due.soon", null, "Open disputes whose respond_by falls from today to "
                + DUE_SOON_BUSINESS_DAYS + " business days ahead", Snapshot::disputesDueSoon);
        gauge(registry, "aob.rights.lost.last.run", null, "Disputes that expired before resolution on the last settled date",
                Snapshot::rightsLostLastRun);
        for (UnmatchedItem.Side side : UnmatchedItem.Side.values()) {
            Gauge.builder("aob.unmatched.money", this, m -> m.current().unmatchedMoney().getOrDefault(side, BigDecimal.ZERO)
                    .doubleValue()).description("Unmatched money of the month of the last settled date, in dollars (as its unmatched.csv lists it)")
                    .tag("side", side.name()).register(registry);
        }
        gauge(registry, "aob.runs.awaiting.restart", null, "Job runs whose last execution failed or stopped (restart resumes them)",
                Snapshot::runsAwaitingRestart);
        gauge(registry, "aob.schedule.failed", null, "1 when the schedule of `serve` stopped retrying a failed run",
                s -> s.scheduleFailed() ? 1 : 0);
    }

    private void gauge(MeterRegistry registry, String name, String unit, String description, ToDoubleFunction<Snapshot> value) {
        Gauge.builder(name, this, m -> value.applyAsDouble(m.current())).baseUnit(unit).description(description).register(registry);
    }

    /** The snapshot, taken again when older than {@link #MAX_AGE}. */
    public Snapshot current() {
        if (System.nanoTime() - takenAt > MAX_AGE.toNanos() || snapshot == Snapshot.EMPTY) {
            refresh();
        }
        return snapshot;
    }

    /** Reads every gauge's value now; keeps the previous values when the database does not answer. */
    public synchronized void refresh() {
        try {
            snapshot = take();
            takenAt = System.nanoTime();
        } catch (RuntimeException e) {
            log.warn("business gauges not refreshed: {}", e.toString());
        }
    }

    private Snapshot take() {
        LocalDate today = LocalDate.now(businessClock);
        LocalDate last = schedule.lastSettled().orElse(null);
        Map<ClaimStatus, Long> claims = new EnumMap<>(ClaimStatus.class);
        operations.claimsByStatus().forEach((status, n) -> claims.put(ClaimStatus.valueOf(status), n));
        Map<DisputeKind, Long> disputes = new EnumMap<>(DisputeKind.class);
        operations.openDisputesByKind().forEach((kind, n) -> disputes.put(DisputeKind.valueOf(kind), n));
        long due = operations.countOpenDisputesDue(today, dueSoonUntil(today));
        long lost = last == null ? 0 : summary.disputesByKind(last).values().stream().mapToLong(c -> c.expired()).sum();
        Map<UnmatchedItem.Side, BigDecimal> unmatched = new EnumMap<>(UnmatchedItem.Side.class);
        for (UnmatchedItem item : monthEnd.unmatched(YearMonth.from(last != null ? last : today))) {
            unmatched.merge(item.side(), item.amount(), BigDecimal::add);
        }
        long awaiting = history.lastExecutionIdsWithStatus(List.of("FAILED", "STOPPED")).size();
        return new Snapshot(last, schedule.backlog().size(), claims, disputes, due, lost, unmatched, awaiting,
                schedule.lastFailure().isPresent());
    }

    /** The last day of the "due soon" window that starts today. */
    public LocalDate dueSoonUntil(LocalDate today) {
        return calendar.add(today, DUE_SOON_BUSINESS_DAYS, DayKind.BUSINESS);
    }
}
