package com.aobsettlement.cli;

import com.aobsettlement.store.JobHistoryStore;
import com.aobsettlement.store.JobHistoryStore.ExecutionRow;
import com.aobsettlement.operations.CatchUp;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;

/** `status`: where the books stand, the schedule of a `serve` process, and the recent job executions. */
@Component
public class StatusCommand {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");
    private final JobHistoryStore history;
    private final org.springframework.batch.core.repository.JobRepository jobRepository;
    private final com.aobsettlement.store.ExecutionOwners owners;
    private final JobRunner runner;
    private final CatchUp schedule;

    public StatusCommand(JobHistoryStore history, org.springframework.batch.core.repository.JobRepository jobRepository,
                         com.aobsettlement.store.ExecutionOwners owners, JobRunner runner, CatchUp schedule) {
        this.schedule = schedule;
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
        printSchedule(out);
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

    /** Where the books stand (last settled date, the business dates due and not settled) and the schedule of a live `serve`. */
    private void printSchedule(PrintStream out) {
        Optional<LocalDate> last = schedule.lastSettled();
        List<LocalDate> backlog = schedule.backlog();
        out.println("Last settled business date: " + last.map(LocalDate::toString).orElse("none yet"));
        if (backlog.isEmpty()) {
            out.println("Backlog: none" + (last.isPresent() ? " (up to date)" : ""));
        } else {
            out.printf("Backlog: %d business date%s due and not settled: %s%n  Catch up with: %s settle --through %s%n",
                    backlog.size(), backlog.size() == 1 ? "" : "s", dates(backlog), CommandHelp.JAR, backlog.get(backlog.size() - 1));
        }
        Optional<String> running = schedule.running();
        Optional<ZonedDateTime> next = schedule.nextRun();
        if (running.isPresent() && running.get() != null) {
            out.println("Schedule (serve): running now: " + running.get());
        } else if (next.isPresent()) {
            out.println("Schedule (serve): next run " + WHEN.format(next.get()));
        } else {
            out.println("Schedule (serve): no serve process is running");
        }
        schedule.lastFailure().ifPresent(failure -> out.println("Schedule gave up: " + failure));
        out.println();
    }

    private static String dates(List<LocalDate> dates) {
        if (dates.size() <= 5) {
            return String.join(", ", dates.stream().map(LocalDate::toString).toList());
        }
        return dates.get(0) + " … " + dates.get(dates.size() - 1);
    }
}
