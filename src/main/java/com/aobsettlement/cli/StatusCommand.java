package com.aobsettlement.cli;

import com.aobsettlement.store.JobHistoryStore;
import com.aobsettlement.store.JobHistoryStore.ExecutionRow;
import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;

/** `status`: the recent job executions. */
@Component
public class StatusCommand {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final JobHistoryStore history;
    private final org.springframework.batch.core.repository.JobRepository jobRepository;
    private final com.aobsettlement.store.ExecutionOwners owners;
    private final JobRunner runner;

    public StatusCommand(JobHistoryStore history, org.springframework.batch.core.repository.JobRepository jobRepository,
                         com.aobsettlement.store.ExecutionOwners owners, JobRunner runner) {
        this.history = history;
        this.jobRepository = jobRepository;
        this.owners = owners;
        this.runner = runner;
    }

    public void run(PrintStream out) {
        // A run whose process is gone (SIGKILL, power cut) is marked FAILED, so that `restart` resumes it.
        for (long id : history.lastExecutionIdsWithStatus(List.of("STARTED", "STOPPING"))) {
            if (!owners.ownerAlive(id) && runner.recover(jobRepository.getJobExecution(id))) {
                out.printf("Execution %d was left running by a process that is gone: marked FAILED; `restart %d` resumes it.%n",
                        id, id);
            }
        }
        List<ExecutionRow> rows = history.recent(20);
        if (rows.isEmpty()) {
            out.println("No job has run yet.");
            return;
        }
        Table table = new Table("id", "job", "parameters", "status", "start", "end", "read", "written", "skipped");
        for (ExecutionRow r : rows) {
            table.row(r.id(), r.job(), r.parameters(), r.status(), r.start() == null ? "" : TIME.format(r.start()),
                    r.end() == null ? "" : TIME.format(r.end()), r.read(), r.written(), r.skipped());
        }
        out.print(table);
    }
}
