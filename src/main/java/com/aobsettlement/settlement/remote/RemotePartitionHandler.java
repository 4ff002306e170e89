package com.aobsettlement.settlement.remote;

import com.aobsettlement.batch.Durations;
import com.aobsettlement.batch.ProgressListener;
import com.aobsettlement.store.ExecutionOwners;
import com.aobsettlement.store.ExecutionOwners.PartitionOwner;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.partition.support.AbstractPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The manager side of remote partitioning, in Spring Batch's polling mode: the partitions (step executions
 * made by the step's splitter, named {@code settleClaimsWorker:partitionN} as in local mode, so that a
 * restart reruns only the unfinished ones) are sent to the workers as {@link PartitionRequest}s, and the
 * manager reads their records from the job repository every {@code AOB_REMOTE_POLL} until all have ended,
 * for at most {@code AOB_REMOTE_TIMEOUT}. While it waits it tells a dead worker from a slow one: a partition
 * STARTED whose worker's named lock is free has lost its worker, and is marked FAILED at once.
 */
public class RemotePartitionHandler extends AbstractPartitionHandler {
    private static final Logger log = LoggerFactory.getLogger(RemotePartitionHandler.class);

    private final JobRepository jobRepository;
    private final ExecutionOwners owners;
    private final AmqpBroker broker;
    private final RemoteSettings settings;
    private final ProgressListener progress;

    public RemotePartitionHandler(JobRepository jobRepository, ExecutionOwners owners, AmqpBroker broker,
                                  RemoteSettings settings, ProgressListener progress, int gridSize) {
        this.jobRepository = jobRepository;
        this.owners = owners;
        this.broker = broker;
        this.settings = settings;
        this.progress = progress;
        setGridSize(gridSize);
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
        List<StepExecution> sorted = new ArrayList<>(partitions);
        sorted.sort(Comparator.comparing(StepExecution::getStepName));
        if (sorted.isEmpty()) {
            return partitions;
        }
        int consumers;
        try {
            consumers = broker.declareQueues();
            broker.send(sorted.stream().map(p -> new PartitionRequest(p.getJobExecutionId(), p.getId(),
                    p.getStepName().substring(0, p.getStepName().indexOf(':')))).toList());
        } catch (RuntimeException e) {
            log.error("sending the partition requests failed", e);
            throw new RemotePartitionException("Cannot send the partitions to the broker " + settings.brokerShown() + " ("
                    + rootMessage(e) + "): check AOB_AMQP_URL and that RabbitMQ runs");
        }
        log.info("sent {} partition requests of job execution {} to queue {} at {} ({} workers listening)", sorted.size(),
                manager.getJobExecutionId(), settings.queue(), settings.brokerShown(), consumers);
        progress.note(String.format("  sent %d partitions to queue %s at %s; %s", sorted.size(), settings.queue(),
                settings.brokerShown(), consumers == 0 ? "no worker listens yet: start workers with `jobs/aob worker`"
                        : consumers + " worker" + (consumers == 1 ? "" : "s") + " listening"));
        return poll(manager, sorted);
    }

    private Set<StepExecution> poll(StepExecution manager, List<StepExecution> sent) throws Exception {
        long started = System.nanoTime();
        long deadline = started + settings.timeout().toNanos();
        String lastState = "";
        while (true) {
            Thread.sleep(Math.min(settings.pollInterval().toMillis(), 500 + (System.nanoTime() - started) / 1_000_000));
            List<StepExecution> now = new ArrayList<>();
            for (StepExecution p : sent) {
                now.add(reload(p));
            }
            for (int i = 0; i < now.size(); i++) {
                StepExecution p = now.get(i);
                if (p.getStatus() == BatchStatus.STARTED) {
                    now.set(i, failIfWorkerDied(p));
                }
            }
            long written = now.stream().mapToLong(StepExecution::getWriteCount).sum();
            progress.advanceTo(written);
            TreeMap<BatchStatus, Integer> byStatus = new TreeMap<>();
            now.forEach(p -> byStatus.merge(p.getStatus(), 1, Integer::sum));
            String state = describe(byStatus, now.size());
            if (!state.equals(lastState)) {
                progress.note("  partitions: " + state);
                lastState = state;
            }
            List<StepExecution> running = now.stream().filter(p -> p.getStatus().isRunning()).toList();
            if (running.isEmpty()) {
                List<StepExecution> failed = now.stream().filter(p -> p.getStatus() != BatchStatus.COMPLETED).toList();
                if (!failed.isEmpty()) {
                    StepExecution first = failed.get(0);
                    throw new RemotePartitionException(failed.size() + " of " + now.size() + " partitions did not complete; "
                            + first.getStepName() + " ended " + first.getStatus()
                            + Optional.ofNullable(first.getExitStatus().getExitDescription()).filter(d -> !d.isBlank())
                                    .map(d -> ": " + rootCause(d)).orElse(""));
                }
                return new LinkedHashSet<>(now);
            }
            if (manager.isTerminateOnly() || manager.getJobExecution().getStatus() == BatchStatus.STOPPING) {
                throw new JobInterruptedException("stopped while " + running.size() + " partitions were still running on "
                        + "workers; they finish on their own, then `restart` completes the run");
            }
            if (System.nanoTime() > deadline) {
                throw timedOut(running, now.size());
            }
        }
    }

    private StepExecution reload(StepExecution p) {
        StepExecution fresh = jobRepository.getStepExecution(p.getId());
        return fresh == null ? p : fresh;
    }

    /** A STARTED partition whose worker no longer holds its lock: its worker is gone (killed, machine down). */
    private StepExecution failIfWorkerDied(StepExecution p) {
        Optional<PartitionOwner> owner = owners.partitionOwner(p.getId());
        if (owner.isEmpty() || owner.get().alive()) {
            return p;
        }
        StepExecution fresh = reload(p); // a worker updates the record before it lets the lock go
        if (!fresh.getStatus().isRunning()) {
            return fresh;
        }
        String why = owner.get().describe() + " died while running " + fresh.getStepName();
        log.warn("{}: marking it FAILED", why);
        progress.note("  " + why + "; the run fails when the other partitions have ended, then `restart` reruns it");
        markFailed(fresh, why);
        return fresh;
    }

    private RemotePartitionException timedOut(List<StepExecution> running, int total) {
        List<String> live = new ArrayList<>();
        int untaken = 0;
        for (StepExecution p : running) {
            if (p.getStatus() == BatchStatus.STARTING) {
                untaken++;
                try {
                    markFailed(p, "no worker took it within AOB_REMOTE_TIMEOUT " + Durations.format(settings.timeout().toMillis()));
                } catch (OptimisticLockingFailureException e) {
                    live.add(p.getStepName()); // a worker took it just now
                }
            } else {
                live.add(p.getStepName());
            }
        }
        String what = untaken == total
                ? "No worker took any of the " + total + " partitions"
                : (running.size() + " of " + total + " partitions were not done");
        return new RemotePartitionException(what + " within AOB_REMOTE_TIMEOUT " + Durations.format(settings.timeout().toMillis())
                + " (queue " + settings.queue() + " at " + settings.brokerShown() + "). "
                + (live.isEmpty() ? "Start workers (jobs/aob worker), then run `restart`."
                        : "Workers still run " + String.join(", ", live) + "; run `restart` once they have finished."));
    }

    private void markFailed(StepExecution p, String why) {
        p.setStatus(BatchStatus.FAILED);
        p.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
        p.setEndTime(LocalDateTime.now());
        jobRepository.update(p);
    }

    private static String describe(TreeMap<BatchStatus, Integer> byStatus, int total) {
        StringBuilder sb = new StringBuilder();
        byStatus.forEach((status, n) -> {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(n).append(' ').append(switch (status) {
                case STARTING -> "waiting for a worker";
                case STARTED -> "running";
                case COMPLETED -> "completed";
                default -> status.name().toLowerCase();
            });
        });
        return sb + " (of " + total + ")";
    }

    /**
     * The root cause in a partition's saved exit description: its first line, which a worker makes the root
     * cause's message; in a bare stack trace (which the repository may cut short), its last "Caused by:".
     */
    static String rootCause(String description) {
        String first = description.lines().findFirst().orElse("");
        if (!EXCEPTION_LINE.matcher(first).matches()) {
            return first; // the worker's own line: the root cause's message
        }
        String found = first;
        for (String line : description.lines().toList()) {
            if (line.startsWith("Caused by: ")) {
                found = line.substring("Caused by: ".length());
            }
        }
        java.util.regex.Matcher m = EXCEPTION_LINE.matcher(found);
        return m.matches() ? m.group(1) : found;
    }

    /** "java.lang.IllegalStateException: the message": the message is group 1. */
    private static final java.util.regex.Pattern EXCEPTION_LINE =
            java.util.regex.Pattern.compile("^[\\w.$]+(?:Exception|Error): (.+)$");

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** The remote partitions did not all complete; the message says which and why, in plain words. */
    public static final class RemotePartitionException extends RuntimeException {
        public RemotePartitionException(String message) {
            super(message);
        }
    }
}
