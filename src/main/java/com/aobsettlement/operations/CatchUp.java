package com.aobsettlement.operations;

import com.aobsettlement.domain.BusinessCalendar;
import com.aobsettlement.domain.FederalHolidayCalendar;
import com.aobsettlement.reconciliation.MonthEndJobConfiguration;
import com.aobsettlement.store.ClosedMonthStore;
import com.aobsettlement.store.MonthEndStore;
import com.aobsettlement.store.ScheduleStateStore;
import com.aobsettlement.store.ScheduleStateStore.ScheduleState;
import com.aobsettlement.store.SettlementStore;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The business dates a catch-up settles: every business day (DOMAIN.md §7.2) after the last settled
 * one up to a date, oldest first. Computed from the data, not from the timer: a timer replays at most
 * one missed firing. Also where the books stand for the nightly schedule and what a `serve` process
 * last told of its schedule (schedule_state), for `status` and the page in any process.
 */
@Component
public class CatchUp implements ScheduleView, NightlyScheduler.Books {
    /** A serve process writes its heartbeat this often; one not heard from in {@link #STALE} is gone. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(20);
    static final Duration STALE = Duration.ofMinutes(2);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    private final SettlementStore settlements;
    private final ScheduleStateStore schedule;
    private final MonthEndStore monthEnd;
    private final ClosedMonthStore closedMonths;
    private final Clock businessClock;
    private final BusinessCalendar calendar = new FederalHolidayCalendar();
    private final NightlyPlan plan;

    public CatchUp(SettlementStore settlements, ScheduleStateStore schedule, MonthEndStore monthEnd, ClosedMonthStore closedMonths,
                   @Qualifier("businessClock") Clock businessClock, @Value("${aob.schedule.settle-at:20:30}") String settleAt,
                   @Value("${aob.schedule.retries:5}") int retries,
                   @Value("${aob.schedule.first-retry:PT1M}") Duration firstRetry) {
        this.settlements = settlements;
        this.schedule = schedule;
        this.monthEnd = monthEnd;
        this.closedMonths = closedMonths;
        this.businessClock = businessClock;
        this.plan = new NightlyPlan(LocalTime.parse(settleAt), retries, firstRetry, calendar);
    }

    /** The plan of the nightly schedule with the operator's settings (AOB_SETTLE_AT, retries, backoff). */
    public NightlyPlan plan() {
        return plan;
    }

    /** The dates to settle through {@code through}: after the last settled one, or from {@code from} (else {@code through} alone) when none is. */
    public List<LocalDate> datesThrough(LocalDate through, Optional<LocalDate> from) {
        LocalDate last = settlements.lastCompletedBusinessDate();
        LocalDate first = last != null ? last.plusDays(1) : from.orElse(through);
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(through); d = d.plusDays(1)) {
            if (calendar.isBusinessDay(d)) {
                dates.add(d);
            }
        }
        return dates;
    }

    @Override
    public Optional<LocalDate> lastSettled() {
        return Optional.ofNullable(settlements.lastCompletedBusinessDate());
    }

    @Override
    public boolean reconciled(YearMonth month) {
        return monthEnd.completedReconciliations(MonthEndJobConfiguration.JOB_NAME, month.toString()) > 0
                || closedMonths.refusing(month).isPresent();
    }

    /** Business dates whose settlement is due (from AOB_SETTLE_AT on the date) and not done, oldest first. */
    @Override
    public List<LocalDate> backlog() {
        Optional<LocalDate> last = lastSettled();
        if (last.isEmpty()) {
            return List.of();
        }
        LocalDate lastDue = plan.lastDue(ZonedDateTime.now(businessClock));
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = last.get().plusDays(1); !d.isAfter(lastDue); d = d.plusDays(1)) {
            if (calendar.isBusinessDay(d)) {
                dates.add(d);
            }
        }
        return dates;
    }

    @Override
    public Optional<ZonedDateTime> nextRun() {
        return alive().filter(s -> s.nextRun() != null).map(s -> s.nextRun().atZone(businessClock.getZone()));
    }

    /** What the live serve process runs right now (e.g. "settlement of 2026-11-27"), if anything. */
    public Optional<String> running() {
        return alive().map(ScheduleState::running);
    }

    /** The schedule_state row of a serve process whose heartbeat is recent. */
    private Optional<ScheduleState> alive() {
        return schedule.read().filter(s -> s.heartbeat() != null && s.heartbeat().isAfter(businessClock.instant().minus(STALE)));
    }

    /** The failure the schedule gave up on, while its date is not settled (its month not reconciled) since. */
    @Override
    public Optional<String> lastFailure() {
        Optional<ScheduleState> row = schedule.read().filter(s -> s.failedKind() != null && s.failedOn() != null);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        ScheduleState s = row.get();
        String when = s.failedAt() == null ? "" : " at " + WHEN.format(s.failedAt().atZone(businessClock.getZone()));
        if (s.failedKind().equals(FAILED_PREVIEW)) {
            YearMonth month = YearMonth.from(s.failedOn());
            if (reconciled(month)) {
                return Optional.empty();
            }
            return Optional.of("The reconciliation preview of " + month + " failed; the schedule stopped retrying" + when + ": "
                    + s.failure() + "\nFix the cause, then run: reconcile --month " + month + " --preview");
        }
        Optional<LocalDate> last = lastSettled();
        if (last.isPresent() && !last.get().isBefore(s.failedOn())) {
            return Optional.empty();
        }
        return Optional.of("The settlement of " + s.failedOn() + " failed; the schedule stopped retrying" + when + ": "
                + s.failure() + "\nFix the cause, then run: settle --through " + s.failedOn()
                + " (or let the next scheduled run try again)");
    }

    /** failed_kind of schedule_state. */
    public static final String FAILED_SETTLEMENT = "SETTLEMENT";
    public static final String FAILED_PREVIEW = "PREVIEW";
}
