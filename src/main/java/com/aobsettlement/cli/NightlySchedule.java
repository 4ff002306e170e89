package com.aobsettlement.cli;

import com.aobsettlement.operations.CatchUp;
import com.aobsettlement.operations.NightlyPlan;
import com.aobsettlement.operations.NightlyPlan.Attempts;
import com.aobsettlement.operations.NightlyScheduler;
import com.aobsettlement.operations.NightlyScheduler.Step;
import com.aobsettlement.operations.ScheduledJobs;
import com.aobsettlement.operations.ScheduledJobs.Outcome;
import com.aobsettlement.operations.ScheduledJobs.Result;
import com.aobsettlement.store.ScheduleStateStore;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The nightly schedule of `serve`: the end-of-day settlement at AOB_SETTLE_AT (business zone) with
 * catch-up on start and at each firing, the month's reconciliation preview once its last business day
 * is settled, failed runs resumed from their checkpoint with backoff. Only under
 * {@code aob.serve.enabled=true}; no other command starts it.
 *
 * <p>The decisions are {@link NightlyScheduler}'s; this bean is the timer around it: one thread runs the
 * steps and sleeps between them (waking every {@link CatchUp#HEARTBEAT} to look at the books again, which
 * a `settle` by hand may have moved), another writes the heartbeat to schedule_state while a job runs. Jobs
 * run through the command line's SettleCommand and ReconcileCommand, so they take the same settlement
 * lock as a `settle` started by hand: one held elsewhere means wait and try again. When the context
 * closes (SIGTERM), the running job stops after its current chunk, restartable, and the next start
 * resumes it.
 */
@Component(NightlySchedule.BEAN_NAME)
@ConditionalOnProperty(name = NightlySchedule.ENABLED, havingValue = "true")
public class NightlySchedule implements SmartLifecycle {
    public static final String BEAN_NAME = "nightlySchedule";
    /** The property `serve` sets; nothing else starts the schedule. */
    public static final String ENABLED = "aob.serve.enabled";
    /** How long closing the context waits for the running job to stop after its chunk. */
    static final Duration STOP_WAIT = Duration.ofMinutes(5);
    private static final Duration DATABASE_DOWN_WAIT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(NightlySchedule.class);

    private final SettleCommand settle;
    private final ReconcileCommand reconcile;
    private final CatchUp catchUp;
    private final ScheduleStateStore state;
    private final JobRunner runner;
    private final Clock clock;
    private final boolean autoStartup;
    private final NightlyScheduler scheduler;
    private final Object wake = new Object();
    private volatile boolean running;
    private volatile boolean stopping;
    private Thread loop;
    private ScheduledExecutorService heartbeat;

    public NightlySchedule(SettleCommand settle, ReconcileCommand reconcile, CatchUp catchUp, ScheduleStateStore state,
                           JobRunner runner, @Qualifier("businessClock") Clock clock,
                           @Value("${aob.schedule.auto-startup:true}") boolean autoStartup) {
        this.settle = settle;
        this.reconcile = reconcile;
        this.catchUp = catchUp;
        this.state = state;
        this.runner = runner;
        this.clock = clock;
        this.autoStartup = autoStartup;
        this.scheduler = new NightlyScheduler(catchUp.plan(), clock, catchUp, this::runJob);
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        stopping = false;
        running = true;
        beat(null, null);
        heartbeat = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "aob-schedule-heartbeat"));
        heartbeat.scheduleAtFixedRate(this::heartbeat, CatchUp.HEARTBEAT.toMillis(), CatchUp.HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
        loop = daemon(this::loop, "aob-nightly-schedule");
        loop.start();
        log.info("nightly schedule started: settlement at {} ({}), next {}", catchUp.plan().settleAt(), clock.getZone(),
                scheduler.nextRun());
    }

    @Override
    public void stop() {
        Thread thread;
        synchronized (this) {
            if (!running) {
                return;
            }
            stopping = true;
            thread = loop;
        }
        runner.stopRunning();
        synchronized (wake) {
            wake.notifyAll();
        }
        try {
            thread.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        heartbeat.shutdownNow();
        try {
            state.beat(clock.instant(), null, null); // no next run: this process is going
        } catch (RuntimeException e) {
            log.warn("could not record the schedule's stop: {}", e.getMessage());
        }
        running = false;
        log.info("nightly schedule stopped");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public boolean isAutoStartup() {
        return autoStartup;
    }

    /**
     * Runs every job due now, one after another, until the schedule would wait; returns what ran. The
     * timer thread does this at each wake-up; a test calls it on a fixed clock.
     */
    public List<Step> runDue() {
        List<Step> steps = new ArrayList<>();
        while (!stopping) {
            Step step = scheduler.step();
            recordGiveUp(step);
            if (step.waiting() || step.outcome().map(o -> o.result() == Result.BUSY || o.result() == Result.STOPPED)
                    .orElse(false)) {
                if (!step.waiting()) {
                    steps.add(step);
                }
                beat(scheduler.nextRun().toInstant(), null);
                return steps;
            }
            steps.add(step);
            if (step.outcome().map(o -> o.result() != Result.DONE).orElse(false)) {
                beat(scheduler.nextRun().toInstant(), null);
                return steps;
            }
        }
        return steps;
    }

    /** The failures of the job that failed last, while it has not succeeded. */
    public Optional<Attempts> attempts() {
        return scheduler.attempts();
    }

    /** When the schedule does something next. */
    public ZonedDateTime nextRun() {
        return scheduler.nextRun();
    }

    private void loop() {
        while (!stopping) {
            ZonedDateTime wakeAt;
            try {
                runDue();
                wakeAt = scheduler.nextRun();
            } catch (RuntimeException e) {
                // the books cannot be read (the database is down): look again soon
                log.warn("nightly schedule: {}", e.getMessage());
                wakeAt = ZonedDateTime.now(clock).plus(DATABASE_DOWN_WAIT);
            }
            sleepUntil(wakeAt);
        }
    }

    private void sleepUntil(ZonedDateTime wakeAt) {
        synchronized (wake) {
            long millis = Duration.between(clock.instant(), wakeAt.toInstant()).toMillis();
            if (millis <= 0 || stopping) {
                return;
            }
            try {
                wake.wait(Math.min(millis, CatchUp.HEARTBEAT.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            }
        }
    }

    private Outcome runJob(NightlyPlan.Job job) {
        if (stopping) {
            return new Outcome(Result.STOPPED, "shutting down");
        }
        beat(clock.instant(), job.toString());
        PrintStream out = System.out;
        PrintStream err = System.err;
        out.println("Nightly schedule: " + job);
        try {
            if (job instanceof NightlyPlan.Settle s) {
                settle.run(s.date(), out, err);
            } else if (job instanceof NightlyPlan.Preview p) {
                reconcile.run(new Command.Reconcile(p.month(), false, true), out, err);
            }
            return Outcome.done();
        } catch (BusyException e) {
            out.println("Nightly schedule: " + job + " waits: " + firstLine(e.getMessage()));
            return new Outcome(Result.BUSY, e.getMessage());
        } catch (RefusedException e) {
            if (doneMeanwhile(job)) {
                return Outcome.done(); // done by hand between the schedule's look at the books and its run
            }
            err.println(e.getMessage());
            return new Outcome(Result.REFUSED, e.getMessage());
        } catch (RuntimeException e) {
            if (stopping) {
                return new Outcome(Result.STOPPED, e.getMessage());
            }
            String message = e instanceof JobFailedException ? e.getMessage() : rootMessage(e);
            log.error("nightly schedule: {} failed", job, e);
            err.println(message);
            return new Outcome(Result.FAILED, message);
        }
    }

    private boolean doneMeanwhile(NightlyPlan.Job job) {
        if (job instanceof NightlyPlan.Settle s) {
            return catchUp.lastSettled().filter(last -> !last.isBefore(s.date())).isPresent();
        }
        return catchUp.reconciled(((NightlyPlan.Preview) job).month());
    }

    /** A job given up on is written to schedule_state, for `status` and the page in any process. */
    private void recordGiveUp(Step step) {
        Optional<Attempts> attempts = scheduler.attempts();
        if (step.ran().isEmpty() || attempts.isEmpty() || !attempts.get().gaveUp() || !attempts.get().job().equals(step.ran().get())) {
            return;
        }
        Attempts a = attempts.get();
        String kind = a.job() instanceof NightlyPlan.Preview ? CatchUp.FAILED_PREVIEW : CatchUp.FAILED_SETTLEMENT;
        state.recordFailure(kind, a.job().on(), firstLines(a.message()) + " (" + a.failures() + " attempt"
                + (a.failures() == 1 ? "" : "s") + ")", a.lastFailedAt().toInstant());
    }

    private void beat(Instant nextRun, String running) {
        try {
            state.beat(clock.instant(), nextRun, running);
        } catch (RuntimeException e) {
            log.warn("nightly schedule: cannot write its heartbeat: {}", e.getMessage());
        }
    }

    private void heartbeat() {
        try {
            state.beat(clock.instant());
        } catch (RuntimeException e) {
            log.warn("nightly schedule: cannot write its heartbeat: {}", e.getMessage());
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    private static String firstLines(String text) {
        return text == null ? "" : String.join(" ", text.lines().limit(3).toList());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : firstLine(root.getMessage());
    }
}
