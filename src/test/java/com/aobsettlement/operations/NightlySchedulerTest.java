package com.aobsettlement.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.domain.FederalHolidayCalendar;
import com.aobsettlement.operations.NightlyPlan.Job;
import com.aobsettlement.operations.NightlyPlan.Preview;
import com.aobsettlement.operations.NightlyPlan.Settle;
import com.aobsettlement.operations.ScheduledJobs.Outcome;
import com.aobsettlement.operations.ScheduledJobs.Result;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The nightly schedule played on a clock the test moves, with a fake job runner: the business dates
 * settled, in order and at what time, through weeks, weekends, Thanksgiving, a machine down for a week,
 * a month end, failures (a database outage survived; a failure given up on) and a lock held elsewhere.
 */
class NightlySchedulerTest {
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private final MovableClock clock = new MovableClock();
    private final FakeJobs jobs = new FakeJobs();
    private final NightlyScheduler scheduler = new NightlyScheduler(
            new NightlyPlan(LocalTime.of(20, 30), 5, Duration.ofMinutes(1), new FederalHolidayCalendar()), clock, jobs, jobs);

    /** A job run: what and when (business zone). */
    record Run(Job job, LocalDateTime at, Result result) {
        @Override
        public String toString() {
            return job + " at " + at + " " + result;
        }
    }

    @Test
    void aNormalWeekSettlesEachDayAtItsTime() {
        jobs.lastSettled = LocalDate.parse("2026-11-13");
        playFrom("2026-11-16T08:00", "2026-11-20T23:00");
        assertThat(jobs.runs).extracting(Run::toString).containsExactly(
                "settlement of 2026-11-16 at 2026-11-16T20:30 DONE",
                "settlement of 2026-11-17 at 2026-11-17T20:30 DONE",
                "settlement of 2026-11-18 at 2026-11-18T20:30 DONE",
                "settlement of 2026-11-19 at 2026-11-19T20:30 DONE",
                "settlement of 2026-11-20 at 2026-11-20T20:30 DONE");
    }

    @Test
    void aWeekendHasNoRun_theScheduleWaitsForMonday() {
        jobs.lastSettled = LocalDate.parse("2026-11-19");
        playFrom("2026-11-20T12:00", "2026-11-20T21:00");
        assertThat(scheduler.nextRun()).isEqualTo(at("2026-11-23T20:30"));
        playFrom("2026-11-20T21:00", "2026-11-23T21:00");
        assertThat(settledDates()).containsExactly("2026-11-20", "2026-11-23");
    }

    @Test
    void thanksgivingHasNoRun_theDayAfterIsABusinessDay() {
        jobs.lastSettled = LocalDate.parse("2026-11-24");
        playFrom("2026-11-25T08:00", "2026-11-30T23:00");
        assertThat(jobs.runs).extracting(Run::toString).containsExactly(
                "settlement of 2026-11-25 at 2026-11-25T20:30 DONE",
                "settlement of 2026-11-27 at 2026-11-27T20:30 DONE",
                "settlement of 2026-11-30 at 2026-11-30T20:30 DONE",
                "reconciliation preview of 2026-11 at 2026-11-30T20:30 DONE");
    }

    @Test
    void aMissedWeekIsCaughtUpInOrderOnStart() {
        jobs.lastSettled = LocalDate.parse("2026-11-06");
        // down from Friday night until Tuesday morning of the week after next; Veterans Day (Nov 11) has no run
        playFrom("2026-11-17T09:15", "2026-11-17T21:00");
        assertThat(jobs.runs).extracting(Run::toString).containsExactly(
                "settlement of 2026-11-09 at 2026-11-17T09:15 DONE",
                "settlement of 2026-11-10 at 2026-11-17T09:15 DONE",
                "settlement of 2026-11-12 at 2026-11-17T09:15 DONE",
                "settlement of 2026-11-13 at 2026-11-17T09:15 DONE",
                "settlement of 2026-11-16 at 2026-11-17T09:15 DONE",
                "settlement of 2026-11-17 at 2026-11-17T20:30 DONE");
    }

    @Test
    void monthEndPreviewRunsOnceTheMonthsLastBusinessDayIsSettled() {
        // October 2026 ends on a Saturday: its last business day is Friday the 30th
        jobs.lastSettled = LocalDate.parse("2026-10-28");
        playFrom("2026-10-29T08:00", "2026-11-03T21:00");
        assertThat(jobs.runs).extracting(Run::toString).containsExactly(
                "settlement of 2026-10-29 at 2026-10-29T20:30 DONE",
                "settlement of 2026-10-30 at 2026-10-30T20:30 DONE",
                "reconciliation preview of 2026-10 at 2026-10-30T20:30 DONE",
                "settlement of 2026-11-02 at 2026-11-02T20:30 DONE",
                "settlement of 2026-11-03 at 2026-11-03T20:30 DONE");
    }

    @Test
    void aCatchUpAcrossAMonthEndPreviewsTheMonthBeforeGoingOn() {
        jobs.lastSettled = LocalDate.parse("2026-10-29");
        playFrom("2026-11-03T07:00", "2026-11-03T08:00");
        assertThat(jobs.runs).extracting(r -> r.job().toString()).containsExactly("settlement of 2026-10-30",
                "reconciliation preview of 2026-10", "settlement of 2026-11-02");
    }

    @Test
    void aDatabaseOutageOfAFewMinutesIsSurvived() {
        jobs.lastSettled = LocalDate.parse("2026-11-16");
        jobs.failNext(Result.FAILED, Result.FAILED, Result.FAILED);
        playFrom("2026-11-17T20:00", "2026-11-17T23:00");
        assertThat(jobs.runs).extracting(Run::toString).containsExactly(
                "settlement of 2026-11-17 at 2026-11-17T20:30 FAILED",
                "settlement of 2026-11-17 at 2026-11-17T20:31 FAILED",
                "settlement of 2026-11-17 at 2026-11-17T20:33 FAILED",
                "settlement of 2026-11-17 at 2026-11-17T20:37 DONE");
        assertThat(scheduler.attempts()).isEmpty();
    }

    @Test
    void aFailureIsRetriedWithBackoff_thenGivenUpUntilTheNextFiring() {
        jobs.lastSettled = LocalDate.parse("2026-11-16");
        jobs.failNext(Result.FAILED, Result.FAILED, Result.FAILED, Result.FAILED, Result.FAILED, Result.FAILED);
        playFrom("2026-11-17T20:00", "2026-11-18T20:00");
        assertThat(jobs.runs).extracting(Run::toString).containsExactly(
                "settlement of 2026-11-17 at 2026-11-17T20:30 FAILED",
                "settlement of 2026-11-17 at 2026-11-17T20:31 FAILED",
                "settlement of 2026-11-17 at 2026-11-17T20:33 FAILED",
                "settlement of 2026-11-17 at 2026-11-17T20:37 FAILED",
                "settlement of 2026-11-17 at 2026-11-17T20:45 FAILED",
                "settlement of 2026-11-17 at 2026-11-17T21:01 FAILED");
        assertThat(scheduler.attempts()).hasValueSatisfying(a -> {
            assertThat(a.gaveUp()).isTrue();
            assertThat(a.failures()).isEqualTo(6);
            assertThat(a.job()).isEqualTo(new Settle(LocalDate.parse("2026-11-17")));
        });
        assertThat(settledDates()).isEmpty();
        assertThat(scheduler.nextRun()).isEqualTo(at("2026-11-18T20:30"));
        // the cause mended, the next firing catches up in order
        jobs.runs.clear();
        playFrom("2026-11-18T20:00", "2026-11-18T23:00");
        assertThat(jobs.runs).extracting(Run::toString).containsExactly(
                "settlement of 2026-11-17 at 2026-11-18T20:30 DONE",
                "settlement of 2026-11-18 at 2026-11-18T20:30 DONE");
    }

    @Test
    void aRefusalIsNotRetried() {
        jobs.lastSettled = LocalDate.parse("2026-11-16");
        jobs.failNext(Result.REFUSED);
        playFrom("2026-11-17T20:00", "2026-11-18T08:00");
        assertThat(jobs.runs).extracting(Run::toString).containsExactly("settlement of 2026-11-17 at 2026-11-17T20:30 REFUSED");
        assertThat(scheduler.attempts()).hasValueSatisfying(a -> assertThat(a.gaveUp()).isTrue());
    }

    @Test
    void aPreviewGivenUpOnIsTriedAtTheNextFiring_andDoesNotHoldBackTheSettlement() {
        jobs.lastSettled = LocalDate.parse("2026-11-27");
        jobs.failNext(Result.DONE, Result.REFUSED, Result.REFUSED);
        playFrom("2026-11-30T20:00", "2026-12-02T21:00");
        assertThat(jobs.runs).extracting(Run::toString).containsExactly(
                "settlement of 2026-11-30 at 2026-11-30T20:30 DONE",
                "reconciliation preview of 2026-11 at 2026-11-30T20:30 REFUSED",
                "reconciliation preview of 2026-11 at 2026-12-01T20:30 REFUSED",
                "settlement of 2026-12-01 at 2026-12-01T20:30 DONE",
                "settlement of 2026-12-02 at 2026-12-02T20:30 DONE");
    }

    @Test
    void aLockHeldByAnotherJobMeansWaitNotFailure() {
        jobs.lastSettled = LocalDate.parse("2026-11-16");
        jobs.failNext(Result.BUSY, Result.BUSY);
        playFrom("2026-11-17T20:00", "2026-11-17T23:00");
        assertThat(jobs.runs).extracting(Run::toString).containsExactly(
                "settlement of 2026-11-17 at 2026-11-17T20:30 BUSY",
                "settlement of 2026-11-17 at 2026-11-17T20:31 BUSY",
                "settlement of 2026-11-17 at 2026-11-17T20:32 DONE");
        assertThat(scheduler.attempts()).isEmpty();
    }

    @Test
    void withNothingSettledTheFirstFiringSettlesItsOwnDate() {
        playFrom("2026-11-23T09:00", "2026-11-24T21:00");
        assertThat(jobs.runs).extracting(Run::toString).containsExactly(
                "settlement of 2026-11-23 at 2026-11-23T20:30 DONE",
                "settlement of 2026-11-24 at 2026-11-24T20:30 DONE");
    }

    @Test
    void aSettlementByHandIsNotRunAgain() {
        jobs.lastSettled = LocalDate.parse("2026-11-16");
        playFrom("2026-11-17T08:00", "2026-11-17T12:00");
        jobs.lastSettled = LocalDate.parse("2026-11-17"); // `settle --date 2026-11-17` in another process
        playFrom("2026-11-17T12:00", "2026-11-18T21:00");
        assertThat(settledDates()).containsExactly("2026-11-18");
    }

    /** Steps the schedule from {@code from}, moving the clock to each wake-up, until it would sleep past {@code to}. */
    private void playFrom(String from, String to) {
        clock.now = at(from).toInstant();
        ZonedDateTime end = at(to);
        for (int i = 0; i < 1000; i++) {
            NightlyScheduler.Step step = scheduler.step();
            if (step.waiting()) {
                if (step.wakeAt().isAfter(end)) {
                    return;
                }
                clock.now = step.wakeAt().toInstant();
            } else if (step.wakeAt().toInstant().isAfter(clock.now)) {
                if (step.wakeAt().isAfter(end)) {
                    return;
                }
                clock.now = step.wakeAt().toInstant();
            }
        }
        throw new AssertionError("the schedule did not settle down");
    }

    private List<String> settledDates() {
        return jobs.runs.stream().filter(r -> r.result() == Result.DONE && r.job() instanceof Settle)
                .map(r -> ((Settle) r.job()).date().toString()).toList();
    }

    private static ZonedDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE);
    }

    /** The books and the job runner: a settled date moves the last settled date, a preview marks its month reconciled. */
    private final class FakeJobs implements ScheduledJobs, NightlyScheduler.Books {
        LocalDate lastSettled;
        final Set<YearMonth> reconciled = new HashSet<>();
        final List<Run> runs = new ArrayList<>();
        final Deque<Result> script = new ArrayDeque<>();

        void failNext(Result... results) {
            script.addAll(List.of(results));
        }

        @Override
        public Optional<LocalDate> lastSettled() {
            return Optional.ofNullable(lastSettled);
        }

        @Override
        public boolean reconciled(YearMonth month) {
            return reconciled.contains(month);
        }

        @Override
        public Outcome run(Job job) {
            Result result = script.isEmpty() ? Result.DONE : script.poll();
            runs.add(new Run(job, LocalDateTime.ofInstant(clock.now, ZONE), result));
            if (result != Result.DONE) {
                return new Outcome(result, "database down");
            }
            if (job instanceof Settle s) {
                assertThat(lastSettled == null || s.date().isAfter(lastSettled)).as("settled in order: " + job).isTrue();
                lastSettled = s.date();
            } else {
                reconciled.add(((Preview) job).month());
            }
            return Outcome.done();
        }
    }

    private static final class MovableClock extends Clock {
        Instant now = Instant.EPOCH;

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
