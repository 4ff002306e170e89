package com.aobsettlement.operations;

import com.aobsettlement.operations.NightlyPlan.Action;
import com.aobsettlement.operations.NightlyPlan.Attempts;
import com.aobsettlement.operations.NightlyPlan.Job;
import com.aobsettlement.operations.NightlyPlan.Wait;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One step of the nightly schedule at a time, without threads: reads where the books stand, asks
 * {@link NightlyPlan} what to do, runs at most one job and keeps its failures. The serve process's timer
 * (cli NightlySchedule) calls {@link #step} in a loop and sleeps between; a test calls it on a clock it moves.
 */
public final class NightlyScheduler {
    /** How long to wait when another job holds the settlement lock. */
    public static final Duration BUSY_WAIT = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(NightlyScheduler.class);

    /** Where the books stand, read afresh at each step (a `settle` by hand moves them too). */
    public interface Books {
        Optional<LocalDate> lastSettled();

        /** Whether the month has a completed reconciliation (preview or close), or is closed. */
        boolean reconciled(YearMonth month);
    }

    /** What a step did: ran a job (with its outcome), or nothing before {@code wakeAt}. */
    public record Step(Optional<Job> ran, Optional<ScheduledJobs.Outcome> outcome, ZonedDateTime wakeAt) {
        public boolean waiting() {
            return ran.isEmpty();
        }
    }

    private final NightlyPlan plan;
    private final Clock clock;
    private final Books books;
    private final ScheduledJobs jobs;
    private Optional<Attempts> attempts = Optional.empty();
    private ZonedDateTime busyUntil;

    public NightlyScheduler(NightlyPlan plan, Clock clock, Books books, ScheduledJobs jobs) {
        this.plan = plan;
        this.clock = clock;
        this.books = books;
        this.jobs = jobs;
    }

    /**
     * Runs the job due now, if any; {@code wakeAt} is when to call again (now, after a job). One caller
     * at a time (the timer's thread); the job runs outside the monitor, so that {@link #nextRun} and
     * {@link #attempts} answer meanwhile.
     */
    public Step step() {
        Job job;
        synchronized (this) {
            ZonedDateTime now = ZonedDateTime.now(clock);
            if (busyUntil != null && now.isBefore(busyUntil)) {
                return new Step(Optional.empty(), Optional.empty(), busyUntil);
            }
            busyUntil = null;
            Action action = plan.next(now, books.lastSettled(), books::reconciled, attempts);
            if (action instanceof Wait wait) {
                return new Step(Optional.empty(), Optional.empty(), wait.until());
            }
            job = (Job) action;
        }
        log.info("nightly schedule: {}", job);
        ScheduledJobs.Outcome outcome = jobs.run(job);
        synchronized (this) {
            ZonedDateTime after = ZonedDateTime.now(clock);
            switch (outcome.result()) {
                case DONE -> attempts = Optional.empty();
                case BUSY -> busyUntil = after.plus(BUSY_WAIT);
                case FAILED -> attempts = Optional.of(plan.failed(job, after, outcome.message(), attempts));
                case REFUSED -> attempts = Optional.of(plan.refused(job, after, outcome.message(), attempts));
                case STOPPED -> log.info("nightly schedule: {} stopped for shutdown; the next start resumes it", job);
            }
            if (outcome.result() == ScheduledJobs.Result.FAILED || outcome.result() == ScheduledJobs.Result.REFUSED) {
                Attempts a = attempts.orElseThrow();
                log.warn("nightly schedule: {} failed (failure {}; {}): {}", job, a.failures(),
                        a.gaveUp() ? "not retried before the next firing" : "retried at " + a.retryAt(), a.message());
            }
            return new Step(Optional.of(job), Optional.of(outcome), busyUntil != null ? busyUntil : after);
        }
    }

    /** The failures of the job that failed last, while it has not succeeded. */
    public synchronized Optional<Attempts> attempts() {
        return attempts;
    }

    /** When the schedule will next do something, as of now (what `status` shows as the next run). */
    public synchronized ZonedDateTime nextRun() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        if (busyUntil != null && now.isBefore(busyUntil)) {
            return busyUntil;
        }
        Action action = plan.next(now, books.lastSettled(), books::reconciled, attempts);
        return action instanceof Wait wait ? wait.until() : now;
    }

    public NightlyPlan plan() {
        return plan;
    }
}
