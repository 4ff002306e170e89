package com.aobsettlement.operations;

import com.aobsettlement.domain.BusinessCalendar;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The nightly schedule's decisions, as a pure function of the time, where the books stand and what
 * failed: which job runs next, or until when to wait. No clock, no thread, no database, so that a
 * week, a holiday or a failure can be played through on paper ({@link NightlyScheduler} runs it).
 *
 * <ul>
 *   <li>A business date is due from AOB_SETTLE_AT on that date (business zone); every business date
 *       after the last settled one that is due is settled, oldest first (DOMAIN.md §7.2: weekends and
 *       federal holidays have no run). With nothing settled yet, the first firing settles its own date.</li>
 *   <li>Once the last business day of a month is settled, its reconciliation preview runs before the
 *       next date is settled (closing the month stays the operator's decision).</li>
 *   <li>A failed job is tried again after a backoff that doubles ({@code firstRetry}, 2×, 4×…), up to
 *       {@code retries} times; then the schedule gives up on it until its next firing. A preview given up
 *       on does not hold back the settlements after it.</li>
 * </ul>
 */
public final class NightlyPlan {
    private final LocalTime settleAt;
    private final int retries;
    private final Duration firstRetry;
    private final BusinessCalendar calendar;

    public NightlyPlan(LocalTime settleAt, int retries, Duration firstRetry, BusinessCalendar calendar) {
        this.settleAt = settleAt;
        this.retries = retries;
        this.firstRetry = firstRetry;
        this.calendar = calendar;
    }

    /** What to do now. */
    public sealed interface Action permits Job, Wait {
    }

    /** A job the schedule runs. */
    public sealed interface Job extends Action permits Settle, Preview {
        /** The business date of a settlement, the first day of a previewed month. */
        LocalDate on();
    }

    /** The end-of-day settlement of one business date. */
    public record Settle(LocalDate date) implements Job {
        @Override
        public LocalDate on() {
            return date;
        }

        @Override
        public String toString() {
            return "settlement of " + date;
        }
    }

    /** {@code reconcile --month M --preview}. */
    public record Preview(YearMonth month) implements Job {
        @Override
        public LocalDate on() {
            return month.atDay(1);
        }

        @Override
        public String toString() {
            return "reconciliation preview of " + month;
        }
    }

    /** Nothing to run before {@code until}. */
    public record Wait(ZonedDateTime until) implements Action {
    }

    /**
     * The failures of one job in a row: when it may run again, or that the schedule gave up on it
     * ({@code retryAt} null) at {@code lastFailedAt}.
     */
    public record Attempts(Job job, int failures, ZonedDateTime retryAt, ZonedDateTime lastFailedAt, String message) {
        public boolean gaveUp() {
            return retryAt == null;
        }
    }

    /**
     * The next action at {@code now}.
     *
     * @param lastSettled the last business date whose settlement completed
     * @param reconciled  whether a month has a completed reconciliation (preview or close) or is closed
     * @param attempts    the failures of the job that failed last, if it has not succeeded since
     */
    public Action next(ZonedDateTime now, Optional<LocalDate> lastSettled, Predicate<YearMonth> reconciled,
                       Optional<Attempts> attempts) {
        Optional<Attempts> current = attempts.filter(a -> !a.gaveUp() || !firedSince(a.lastFailedAt(), now));
        Optional<Preview> preview = previewDue(lastSettled, reconciled);
        if (preview.isPresent() && !(current.isPresent() && current.get().gaveUp() && current.get().job().equals(preview.get()))) {
            return retryOrRun(preview.get(), now, current);
        }
        Optional<LocalDate> date = firstDue(now, lastSettled);
        if (date.isEmpty()) {
            return new Wait(nextFiring(now));
        }
        Settle settle = new Settle(date.get());
        if (current.isPresent() && current.get().gaveUp() && current.get().job().equals(settle)) {
            return new Wait(nextFiring(now));
        }
        return retryOrRun(settle, now, current);
    }

    private static Action retryOrRun(Job job, ZonedDateTime now, Optional<Attempts> attempts) {
        if (attempts.isPresent() && attempts.get().job().equals(job) && now.isBefore(attempts.get().retryAt())) {
            return new Wait(attempts.get().retryAt());
        }
        return job;
    }

    /** The attempts after {@code job} failed at {@code now}: a new series unless it continues {@code previous}. */
    public Attempts failed(Job job, ZonedDateTime now, String message, Optional<Attempts> previous) {
        int failures = previous.filter(a -> a.job().equals(job) && !a.gaveUp()).map(Attempts::failures).orElse(0) + 1;
        if (failures > retries) {
            return new Attempts(job, failures, null, now, message);
        }
        return new Attempts(job, failures, now.plus(firstRetry.multipliedBy(1L << Math.min(failures - 1, 20))), now, message);
    }

    /** Gives up on {@code job} at once: the failure is one no retry can mend (e.g. a date in a closed month). */
    public Attempts refused(Job job, ZonedDateTime now, String message, Optional<Attempts> previous) {
        int failures = previous.filter(a -> a.job().equals(job)).map(Attempts::failures).orElse(0) + 1;
        return new Attempts(job, failures, null, now, message);
    }

    /** The oldest business date that is due and not settled. */
    public Optional<LocalDate> firstDue(ZonedDateTime now, Optional<LocalDate> lastSettled) {
        LocalDate lastDue = lastDue(now);
        if (lastSettled.isEmpty()) {
            return lastDue.equals(now.toLocalDate()) ? Optional.of(lastDue) : Optional.empty();
        }
        for (LocalDate d = lastSettled.get().plusDays(1); !d.isAfter(lastDue); d = d.plusDays(1)) {
            if (calendar.isBusinessDay(d)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The latest business date whose settlement is due at {@code now}: today from AOB_SETTLE_AT, else the business day before. */
    public LocalDate lastDue(ZonedDateTime now) {
        LocalDate today = now.toLocalDate();
        if (calendar.isBusinessDay(today) && !now.toLocalTime().isBefore(settleAt)) {
            return today;
        }
        LocalDate d = today.minusDays(1);
        while (!calendar.isBusinessDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** When the schedule fires next after {@code now}: AOB_SETTLE_AT on the next business day that has not reached it. */
    public ZonedDateTime nextFiring(ZonedDateTime now) {
        LocalDate d = now.toLocalDate();
        while (true) {
            if (calendar.isBusinessDay(d)) {
                ZonedDateTime firing = d.atTime(settleAt).atZone(now.getZone());
                if (firing.isAfter(now)) {
                    return firing;
                }
            }
            d = d.plusDays(1);
        }
    }

    /** Whether the schedule fired after {@code since}, up to {@code now}. */
    boolean firedSince(ZonedDateTime since, ZonedDateTime now) {
        return !nextFiring(since).isAfter(now);
    }

    /** The month whose last business day is the last settled date, while it has no reconciliation. */
    private Optional<Preview> previewDue(Optional<LocalDate> lastSettled, Predicate<YearMonth> reconciled) {
        if (lastSettled.isEmpty()) {
            return Optional.empty();
        }
        YearMonth month = YearMonth.from(lastSettled.get());
        if (!lastSettled.get().equals(lastBusinessDay(month)) || reconciled.test(month)) {
            return Optional.empty();
        }
        return Optional.of(new Preview(month));
    }

    public LocalDate lastBusinessDay(YearMonth month) {
        LocalDate d = month.atEndOfMonth();
        while (!calendar.isBusinessDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    public LocalTime settleAt() {
        return settleAt;
    }
}
