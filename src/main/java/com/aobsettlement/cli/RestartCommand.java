package com.aobsettlement.cli;

import com.aobsettlement.imports.ImportKind;
import com.aobsettlement.settlement.SettlementJobConfiguration;
import com.aobsettlement.store.ExecutionOwners;
import com.aobsettlement.store.JobHistoryStore;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;

/**
 * `restart [ID]`: resumes the given execution, or the latest failed or stopped one, from its last
 * committed chunk by running its command again. An execution left STARTED by a process that is
 * gone counts as failed; one whose process is alive is never taken over.
 */
@Component
public class RestartCommand {
    private static final List<String> RESTARTABLE = List.of("FAILED", "STOPPED", "STARTED", "STOPPING", "UNKNOWN");

    private final JobRepository jobRepository;
    private final JobHistoryStore history;
    private final ExecutionOwners owners;
    private final SettleCommand settle;
    private final ImportCommand imports;
    private final EraImportCommand eraImports;

    public RestartCommand(JobRepository jobRepository, JobHistoryStore history, ExecutionOwners owners, SettleCommand settle,
                          ImportCommand imports, EraImportCommand eraImports) {
        this.jobRepository = jobRepository;
        this.history = history;
        this.owners = owners;
        this.settle = settle;
        this.imports = imports;
        this.eraImports = eraImports;
    }

    public void run(Long executionId, PrintStream out, PrintStream err) {
        JobExecution execution = executionId != null ? execution(executionId) : latestRestartable();
        if (execution == null) {
            throw new RefusedException(executionId != null ? "No run with id " + executionId + " (see `status`)."
                    : "Nothing to restart: no failed or stopped run.");
        }
        BatchStatus status = execution.getStatus();
        if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
            throw new RefusedException("Execution " + execution.getId() + " is " + status + "; there is nothing to restart.");
        }
        JobExecution last = jobRepository.getLastJobExecution(execution.getJobInstance());
        if (last != null && last.getId() != execution.getId()) {
            throw new RefusedException("Execution " + execution.getId() + " was already restarted as execution " + last.getId()
                    + " (" + last.getStatus() + ").");
        }
        if (execution.isRunning() && status != BatchStatus.UNKNOWN && owners.ownerAlive(execution.getId())) {
            throw new RefusedException("Execution " + execution.getId() + " is still running"
                    + owners.describeOwner(execution.getId()).map(o -> " (" + o + ")").orElse("") + "; it is not taken over.");
        }
        String job = execution.getJobInstance().getJobName();
        err.println("Restarting execution " + execution.getId() + " (" + job + ", " + status + ") from its last checkpoint");
        if (job.equals(SettlementJobConfiguration.JOB_NAME)) {
            LocalDate date = execution.getJobParameters().getLocalDate("businessDate");
            settle.run(date, out, err);
            return;
        }
        if (job.equals(com.aobsettlement.era.EraImportJobConfiguration.JOB_NAME)) {
            eraImports.run(new Command.Import(ImportKind.ERA, Path.of(execution.getJobParameters().getString("path"))), out, err);
            return;
        }
        ImportKind kind = ImportKind.fromJobName(job)
                .orElseThrow(() -> new RefusedException("Execution " + execution.getId() + " is a " + job + " run, which restart does not know."));
        Path file = Path.of(execution.getJobParameters().getString("file"));
        if (!Files.isReadable(file)) {
            throw new RefusedException("The file of execution " + execution.getId() + " (" + file + ") is gone; it cannot be resumed.");
        }
        if (!ImportCommand.sha256(file).equals(execution.getJobParameters().getString("sha256"))) {
            throw new RefusedException(file + " changed since execution " + execution.getId()
                    + " started; resuming it would mix two files. Import the new file instead.");
        }
        imports.run(new Command.Import(kind, file), out, err);
    }

    /** The execution, or null when there is none (the JDBC job repository throws for an unknown id). */
    private JobExecution execution(long id) {
        try {
            return jobRepository.getJobExecution(id);
        } catch (EmptyResultDataAccessException e) {
            return null;
        }
    }

    private JobExecution latestRestartable() {
        for (long id : history.lastExecutionIdsWithStatus(RESTARTABLE)) {
            JobExecution execution = jobRepository.getJobExecution(id);
            if (execution != null && (!execution.isRunning() || !owners.ownerAlive(execution.getId()))) {
                return execution;
            }
        }
        return null;
    }
}
