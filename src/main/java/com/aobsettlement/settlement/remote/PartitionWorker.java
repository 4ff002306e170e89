package com.aobsettlement.settlement.remote;

import com.aobsettlement.batch.Durations;
import com.aobsettlement.settlement.SettlementJobConfiguration;
import com.aobsettlement.store.ExecutionOwners;
import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * `worker`: takes partition requests from the queue, one at a time per thread (AOB_WORKER_THREADS consumers,
 * each with prefetch 1 and manual acknowledgement after its partition has ended) and runs the settlement
 * worker step on them against the shared database.
 *
 * <p>Spring Batch's stock {@code StepExecutionRequestHandler} checks no status, so a request delivered twice
 * (RabbitMQ redelivers what was not acknowledged: a worker killed, a connection lost, the consumer timeout)
 * would run a partition twice. Here a request runs only when its step execution is STARTING and this worker
 * claims it ({@link ExecutionOwners#claimPartition}: a named lock held while it runs and a row with a primary
 * key); the record is saved in a {@code finally}. Any other request is acknowledged and dropped, and a message
 * that is not a request, or that fails before its partition could be claimed, is rejected without requeue
 * (to the dead-letter queue): no message loops.
 */
@Component
public class PartitionWorker {
    private static final Logger log = LoggerFactory.getLogger(PartitionWorker.class);

    private final JobRepository jobRepository;
    private final BeanFactory beans;
    private final ExecutionOwners owners;
    private final AmqpBroker broker;
    private final RemoteSettings settings;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final java.util.Set<StepExecution> running = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    private PrintStream err = System.err;

    public PartitionWorker(JobRepository jobRepository, BeanFactory beans, ExecutionOwners owners, AmqpBroker broker,
                           RemoteSettings settings) {
        this.jobRepository = jobRepository;
        this.beans = beans;
        this.owners = owners;
        this.broker = broker;
        this.settings = settings;
    }

    /** What became of a request. */
    public enum Outcome { RAN, DUPLICATE, REFUSED }

    /** Serves the queue until {@link #stop}; returns when the partition it was running has ended. */
    public void run(PrintStream err) throws InterruptedException {
        this.err = err;
        err.printf("Worker pid %d: taking settlement partitions from queue %s at %s (Ctrl-C or SIGTERM stops it after "
                + "the current chunk)%n", ProcessHandle.current().pid(), settings.queue(), settings.brokerShown());
        while (!stopping) {
            try {
                broker.declareQueues();
                break;
            } catch (RuntimeException e) {
                err.printf("  the broker %s does not answer (%s); trying again in 5 s%n", settings.brokerShown(), rootMessage(e));
                log.warn("broker not reachable", e);
                if (stopped.await(5, TimeUnit.SECONDS)) {
                    return;
                }
            }
        }
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(broker.connectionFactory());
        container.setQueueNames(settings.queue());
        container.setAcknowledgeMode(AcknowledgeMode.MANUAL);
        container.setPrefetchCount(1);
        container.setConcurrentConsumers(settings.workerThreads()); // each takes one partition at a time
        container.setDefaultRequeueRejected(false);
        container.setMissingQueuesFatal(false);
        container.setRecoveryInterval(5000);
        // a stop waits for the partition in hand, which ends after its current chunk
        container.setShutdownTimeout(Duration.ofMinutes(10).toMillis());
        container.setMessageListener((ChannelAwareMessageListener) this::onMessage);
        container.afterPropertiesSet();
        container.start();
        try {
            stopped.await();
        } finally {
            container.stop();
            container.destroy();
            err.println("Worker stopped.");
        }
    }

    /** Asks the worker to stop: the partitions it runs stop after their current chunk (STOPPED, restartable). */
    public void stop() {
        stopping = true;
        for (StepExecution execution : running) {
            err.println("Stopping: " + execution.getStepName() + " stops after its current chunk commits…");
            execution.setTerminateOnly();
        }
        stopped.countDown();
    }

    private void onMessage(Message message, Channel channel) throws IOException {
        long tag = message.getMessageProperties().getDeliveryTag();
        if (stopping) {
            channel.basicNack(tag, false, true); // not begun: another worker takes it
            return;
        }
        PartitionRequest request;
        Outcome outcome;
        try {
            request = PartitionRequest.parse(message.getBody());
            outcome = handle(request);
        } catch (RuntimeException e) {
            log.error("request refused: {}", e.getMessage(), e);
            err.println("  a request was refused and dead-lettered (" + e.getMessage() + "); the log file has the details");
            safely(() -> channel.basicReject(tag, false));
            return;
        }
        if (outcome == Outcome.REFUSED) {
            safely(() -> channel.basicReject(tag, false));
        } else {
            // after a broker restart the channel is gone and the broker redelivers: the claim refuses it then
            safely(() -> channel.basicAck(tag, false));
        }
    }

    /** Runs the partition a request names, unless it is not this worker's to run; never throws once claimed. */
    public Outcome handle(PartitionRequest request) {
        if (!request.stepName().equals(SettlementJobConfiguration.WORKER_STEP)) {
            throw new IllegalArgumentException("unknown worker step " + request.stepName());
        }
        StepExecution execution = jobRepository.getStepExecution(request.stepExecutionId());
        if (execution == null || execution.getJobExecutionId() != request.jobExecutionId()) {
            throw new IllegalArgumentException("no step execution " + request.stepExecutionId() + " of job execution "
                    + request.jobExecutionId() + " in this database");
        }
        if (execution.getStatus() != BatchStatus.STARTING) {
            return duplicate(execution, "it is " + execution.getStatus());
        }
        if (!owners.claimPartition(execution.getId(), request.jobExecutionId())) {
            return duplicate(execution, "another worker has taken it");
        }
        long started = System.currentTimeMillis();
        try {
            execution = jobRepository.getStepExecution(request.stepExecutionId());
            if (execution.getStatus() != BatchStatus.STARTING) {
                return duplicate(execution, "it is " + execution.getStatus());
            }
            running.add(execution);
            if (stopping) {
                execution.setTerminateOnly();
            }
            err.printf("  %s of job execution %d: started%n", execution.getStepName(), execution.getJobExecutionId());
            Step step = beans.getBean(request.stepName(), Step.class);
            step.execute(execution);
            if (execution.getStatus() == BatchStatus.FAILED && !execution.getFailureExceptions().isEmpty()) {
                // the saved description is cut at 2,500 characters, often before the stack trace's root cause:
                // the root cause's message goes first, for the manager to tell
                ExitStatus exit = execution.getExitStatus();
                execution.setExitStatus(new ExitStatus(exit.getExitCode(),
                        rootMessage(execution.getFailureExceptions().get(0)) + "\n" + exit.getExitDescription()));
            }
        } catch (Throwable e) {
            log.error("partition {} failed", execution.getStepName(), e);
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(new ExitStatus(ExitStatus.FAILED.getExitCode(), rootMessage(e)));
            execution.addFailureException(e);
        } finally {
            running.remove(execution);
            try {
                if (execution.getStatus().isRunning()) {
                    execution.setStatus(BatchStatus.FAILED);
                }
                jobRepository.update(execution);
            } catch (OptimisticLockingFailureException e) {
                log.warn("the record of {} changed under this worker: {}", execution.getStepName(), e.getMessage());
            } catch (RuntimeException e) {
                log.error("cannot save the record of {}", execution.getStepName(), e);
            } finally {
                owners.releasePartition(execution.getId());
            }
        }
        err.printf("  %s of job execution %d: %s, %,d claims written in %s%n", execution.getStepName(),
                execution.getJobExecutionId(), execution.getStatus(), execution.getWriteCount(),
                Durations.format(System.currentTimeMillis() - started));
        return Outcome.RAN;
    }

    private Outcome duplicate(StepExecution execution, String why) {
        log.info("request for {} (step execution {}) dropped: {}", execution.getStepName(), execution.getId(), why);
        err.printf("  request for %s of job execution %d dropped: %s%n", execution.getStepName(),
                execution.getJobExecutionId(), why);
        return Outcome.DUPLICATE;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return text.lines().findFirst().orElse(text);
    }

    private interface ChannelCall {
        void run() throws IOException;
    }

    private static void safely(ChannelCall call) {
        try {
            call.run();
        } catch (IOException | RuntimeException e) {
            log.warn("acknowledgement not delivered (the broker redelivers; the claim refuses it): {}", e.getMessage());
        }
    }
}
