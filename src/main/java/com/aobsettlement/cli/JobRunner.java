package com.aobsettlement.cli;

import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.stereotype.Component;

/**
 * Starts a job, or resumes the failed instance with the same parameters from its last checkpoint,
 * and turns the outcome into the CLI's terms: a completed instance is refused, a failed run is
 * a {@link JobFailedException} that says how to resume.
 */
@Component
public class JobRunner {
    private final JobOperator jobOperator;

    public JobRunner(JobOperator jobOperator) {
        this.jobOperator = jobOperator;
    }

    public JobExecution run(Job job, JobParameters parameters, String what, String rerun) {
        JobExecution execution;
        try {
            execution = jobOperator.start(job, parameters);
        } catch (JobInstanceAlreadyCompleteException e) {
            throw new RefusedException(what + " was already done; nothing to do.");
        } catch (JobExecutionAlreadyRunningException e) {
            throw new RefusedException(what + " is running in another process right now; wait for it to finish.");
        } catch (JobRestartException e) {
            throw new RefusedException(what + " cannot be restarted: " + e.getMessage());
        } catch (Exception e) {
            throw new IllegalStateException("could not start " + what + ": " + e.getMessage(), e);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw new JobFailedException(what + " " + execution.getStatus().name().toLowerCase() + " (execution "
                    + execution.getId() + "): " + cause(execution) + "\nFix the cause and run the same command again to resume"
                    + " from the last checkpoint: " + rerun);
        }
        return execution;
    }

    static String cause(JobExecution execution) {
        List<Throwable> failures = new ArrayList<>(execution.getAllFailureExceptions());
        if (failures.isEmpty()) {
            return execution.getExitStatus().getExitDescription().lines().findFirst().orElse("no cause recorded");
        }
        Throwable root = failures.get(0);
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().lines().findFirst().orElse("");
    }
}
