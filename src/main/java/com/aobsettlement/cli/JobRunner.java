package com.aobsettlement.cli;

import com.aobsettlement.store.ExecutionOwners;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import sun.misc.Signal;

/**
 * Starts a job, or resumes the failed or stopped instance with the same parameters from its last
 * checkpoint, and turns the outcome into the CLI's terms.
 *
 * <ul>
 *   <li>A run left STARTED by a process that died (SIGKILL, power cut) is marked FAILED the way
 *       Spring Batch expects ({@code JobOperator.recover}) and resumed; a live one is never taken over.</li>
 *   <li>The process claims the execution (owner row and, on MySQL/MariaDB, a named lock held until it ends).</li>
 *   <li>SIGTERM or Ctrl-C asks the job to stop: the current chunk commits, the run ends STOPPED (exit 1).</li>
 *   <li>A deadlock or lock wait timeout fails the chunk; the run is resumed from its checkpoint up to
 *       {@link #TRANSIENT_RETRIES} times before it is reported failed.</li>
 * </ul>
 */
@Component
public class JobRunner {
    static final int TRANSIENT_RETRIES = 3;
    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final ExecutionOwners owners;
    /** In `serve` the context's shutdown stops the running job ({@link #stopRunning}); the signals stay the JVM's. */
    private final boolean serving;
    private volatile ShutdownSignals current;

    public JobRunner(JobOperator jobOperator, JobRepository jobRepository, ExecutionOwners owners,
                     @org.springframework.beans.factory.annotation.Value("${aob.serve.enabled:false}") boolean serving) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.owners = owners;
        this.serving = serving;
    }

    /** Asks the job this runner runs now, if any, to stop after its current chunk (the run ends STOPPED, restartable). */
    public void stopRunning() {
        ShutdownSignals running = current;
        if (running != null) {
            running.stop();
        }
    }

    /**
     * What to run and how to talk about it. {@code exclusiveLock}, when not null, names a lock that
     * only one process may hold while it runs this kind of job (one settlement at a time).
     * {@code whileLocked} runs once the lock is held, before the job starts: a check that must not
     * race with another process starting a run.
     */
    public record Launch(Job job, JobParameters parameters, String what, String rerun, String exclusiveLock,
                         Runnable whileLocked) {
        public Launch(Job job, JobParameters parameters, String what, String rerun, String exclusiveLock) {
            this(job, parameters, what, rerun, exclusiveLock, () -> { });
        }
    }

    public JobExecution run(Launch launch, PrintStream err) {
        try {
            if (launch.exclusiveLock() != null && !owners.tryLock(launch.exclusiveLock())) {
                throw new BusyException("Another " + launch.job().getName() + " is running: " + running(launch.job().getName())
                        + ". Only one runs at a time; wait for it to finish.");
            }
            launch.whileLocked().run();
            JobExecution execution = null;
            for (int attempt = 1; attempt <= TRANSIENT_RETRIES + 1; attempt++) {
                recoverIfOwnerDied(launch);
                execution = start(launch, err);
                if (execution.getStatus() != BatchStatus.FAILED || !transientFailure(execution) || attempt > TRANSIENT_RETRIES) {
                    break;
                }
                err.printf("%s hit a transient database error (%s); resuming from the last checkpoint (retry %d of %d)%n",
                        launch.what(), cause(execution), attempt, TRANSIENT_RETRIES);
                log.warn("transient failure of execution {}, retry {}", execution.getId(), attempt);
            }
            if (execution.getStatus() == BatchStatus.STOPPED) {
                throw new JobFailedException(launch.what() + " stopped after its last committed chunk (execution "
                        + execution.getId() + ").\nResume it with: " + launch.rerun());
            }
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                throw new JobFailedException(launch.what() + " failed (execution "
                        + execution.getId() + "): " + cause(execution) + "\nFix the cause and run the same command again to "
                        + "resume from the last checkpoint: " + launch.rerun());
            }
            return execution;
        } finally {
            owners.releaseAll();
        }
    }

    private JobExecution start(Launch launch, PrintStream err) {
        ShutdownSignals signals = new ShutdownSignals(err, launch.what(), !serving);
        current = signals;
        try {
            return jobOperator.start(new ClaimingJob(launch.job(), owners, signals), launch.parameters());
        } catch (JobInstanceAlreadyCompleteException e) {
            throw new RefusedException(launch.what() + " was already done; nothing to do.");
        } catch (JobExecutionAlreadyRunningException e) {
            throw new BusyException(launch.what() + " is running in another process right now; wait for it to finish.");
        } catch (JobRestartException e) {
            throw new RefusedException(launch.what() + " cannot be restarted: " + e.getMessage());
        } catch (Exception e) {
            throw new IllegalStateException("could not start " + launch.what() + ": " + e.getMessage(), e);
        } finally {
            current = null;
            signals.restore();
        }
    }

    /** Names the running execution of a job; the lock holder may still be creating it, so wait a little for it. */
    private String running(String jobName) {
        for (int i = 0; i < 50; i++) {
            java.util.Set<JobExecution> found = new java.util.LinkedHashSet<>(jobRepository.findRunningJobExecutions(jobName));
            for (String other : new String[] {"endOfDaySettlement", "monthEndReconciliation"}) {
                found.addAll(jobRepository.findRunningJobExecutions(other));
            }
            String names = found.stream()
                    .map(e -> "execution " + e.getId() + " (" + e.getJobInstance().getJobName() + " " + e.getJobParameters().parameters().stream()
                            .map(p -> p.name() + "=" + p.value()).reduce((a, b) -> a + " " + b).orElse("") + ")")
                    .reduce((a, b) -> a + ", " + b).orElse("");
            if (!names.isEmpty()) {
                return names;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return "another process holds the lock";
    }

    /** A run of this instance left STARTED or STOPPING by a dead process is marked FAILED so that it can restart. */
    private void recoverIfOwnerDied(Launch launch) {
        JobExecution last = jobRepository.getLastJobExecution(launch.job().getName(), launch.parameters());
        if (last != null) {
            refuseWhileAWorkerRunsAPartition(launch, last);
        }
        if (last != null && last.getStatus() == BatchStatus.UNKNOWN) {
            markUnknownFailed(last);
            return;
        }
        if (last != null && last.isRunning()) {
            if (owners.ownerAlive(last.getId())) {
                throw new BusyException(launch.what() + " is running right now (execution " + last.getId()
                        + owners.describeOwner(last.getId()).map(o -> ", " + o).orElse("") + "); wait for it to finish.");
            }
            recover(last);
        }
    }

    /**
     * Remote partitions (README "Running on several machines") run in worker processes that outlive the
     * manager: while one still runs a partition of the last run, that run is not taken over. A partition
     * left running by a dead worker, or never taken, is marked FAILED so that the restart reruns it.
     */
    private void refuseWhileAWorkerRunsAPartition(Launch launch, JobExecution last) {
        List<org.springframework.batch.core.step.StepExecution> leftRunning = new ArrayList<>();
        for (org.springframework.batch.core.step.StepExecution step : last.getStepExecutions()) {
            if (!step.getStepName().contains(":partition") || !step.getStatus().isRunning()) {
                continue;
            }
            owners.partitionOwner(step.getId()).filter(ExecutionOwners.PartitionOwner::alive).ifPresent(owner -> {
                throw new RefusedException(launch.what() + " is still running: " + step.getStepName() + " of execution "
                        + last.getId() + " runs on " + owner.describe() + "; wait for it to finish.");
            });
            leftRunning.add(step);
        }
        if (!last.isRunning()) {
            for (org.springframework.batch.core.step.StepExecution step : leftRunning) {
                log.warn("partition {} of execution {} was left {}: marking it FAILED", step.getStepName(), last.getId(),
                        step.getStatus());
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(org.springframework.batch.core.ExitStatus.FAILED.addExitDescription("its worker is gone"));
                step.setEndTime(java.time.LocalDateTime.now());
                jobRepository.update(step);
            }
        }
    }

    /** Marks an execution whose owner is gone FAILED, as Spring Batch 6 expects before a restart. */
    public boolean recover(JobExecution execution) {
        boolean workerAlive = execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().contains(":partition") && step.getStatus().isRunning())
                .anyMatch(step -> owners.partitionOwner(step.getId()).filter(ExecutionOwners.PartitionOwner::alive).isPresent());
        if (workerAlive) {
            log.info("execution {} lost its manager but a worker still runs one of its partitions: left as it is", execution.getId());
            return false;
        }
        log.warn("execution {} was left {} by a process that is gone; marking it FAILED", execution.getId(), execution.getStatus());
        jobOperator.recover(execution);
        return true;
    }

    /**
     * A run whose last chunk commit failed with the connection (status UNKNOWN) may be restarted: each
     * chunk's writes commit in one transaction with its checkpoint, so the database holds either both
     * or neither. Spring Batch refuses to restart UNKNOWN, so the execution and its steps become FAILED.
     */
    private void markUnknownFailed(JobExecution execution) {
        log.warn("execution {} ended UNKNOWN; its last chunk committed with its checkpoint or not at all: marking it FAILED",
                execution.getId());
        for (org.springframework.batch.core.step.StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN) {
                step.setStatus(BatchStatus.FAILED);
                jobRepository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        jobRepository.update(execution);
    }

    static boolean transientFailure(JobExecution execution) {
        for (Throwable t : execution.getAllFailureExceptions()) {
            for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
                if (c instanceof PessimisticLockingFailureException) {
                    return true;
                }
            }
        }
        return false;
    }

    static String cause(JobExecution execution) {
        // A partition's own failure says more than the manager step's "Partition handler returned an unsuccessful step".
        List<Throwable> failures = new ArrayList<>();
        for (org.springframework.batch.core.step.StepExecution step : execution.getStepExecutions()) {
            if (step.getStepName().contains(":partition")) {
                failures.addAll(step.getFailureExceptions());
            }
        }
        failures.addAll(execution.getAllFailureExceptions());
        if (failures.isEmpty()) {
            return execution.getExitStatus().getExitDescription().lines().findFirst().orElse("no cause recorded");
        }
        Throwable root = failures.get(0);
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().lines().findFirst().orElse("");
    }

    /** SIGTERM and SIGINT ask the running execution to stop at the next chunk boundary. */
    static final class ShutdownSignals {
        private final PrintStream err;
        private final String what;
        private final List<Signal> signals = new ArrayList<>();
        private final List<sun.misc.SignalHandler> previous = new ArrayList<>();
        private volatile JobExecution execution;
        private volatile JobOperator operator;
        private final boolean handleSignals;
        private volatile boolean stopRequested;

        ShutdownSignals(PrintStream err, String what, boolean handleSignals) {
            this.err = err;
            this.what = what;
            this.handleSignals = handleSignals;
        }

        void watch(JobExecution execution, JobOperator operator) {
            this.execution = execution;
            this.operator = operator;
            if (stopRequested) {
                stop(); // asked before the execution existed
            }
            if (!handleSignals) {
                return;
            }
            for (String name : new String[] {"TERM", "INT"}) {
                try {
                    Signal signal = new Signal(name);
                    previous.add(Signal.handle(signal, s -> stop()));
                    signals.add(signal);
                } catch (IllegalArgumentException e) {
                    log.debug("cannot handle SIG{}: {}", name, e.getMessage());
                }
            }
        }

        void stop() {
            stopRequested = true;
            JobExecution running = execution;
            if (running == null || !running.isRunning()) {
                return;
            }
            err.println("Stopping " + what + " after the current chunk commits…");
            try {
                operator.stop(running);
            } catch (Exception e) {
                log.warn("stop request for execution {}: {}", running.getId(), e.getMessage());
            }
        }

        void restore() {
            for (int i = 0; i < signals.size(); i++) {
                Signal.handle(signals.get(i), previous.get(i));
            }
            signals.clear();
            previous.clear();
        }
    }

    /** Wraps a job so that the process claims the execution and watches for stop signals before the first step. */
    private final class ClaimingJob implements Job {
        private final Job delegate;
        private final ExecutionOwners owners;
        private final ShutdownSignals signals;

        ClaimingJob(Job delegate, ExecutionOwners owners, ShutdownSignals signals) {
            this.delegate = delegate;
            this.owners = owners;
            this.signals = signals;
        }

        @Override
        public String getName() {
            return delegate.getName();
        }

        @Override
        public void execute(JobExecution execution) throws org.springframework.batch.core.job.JobInterruptedException {
            owners.claim(execution.getId());
            signals.watch(execution, jobOperator);
            delegate.execute(execution);
        }

        @Override
        public boolean isRestartable() {
            return delegate.isRestartable();
        }

        @Override
        public org.springframework.batch.core.job.parameters.JobParametersIncrementer getJobParametersIncrementer() {
            return delegate.getJobParametersIncrementer();
        }

        @Override
        public org.springframework.batch.core.job.parameters.JobParametersValidator getJobParametersValidator() {
            return delegate.getJobParametersValidator();
        }
    }

}
