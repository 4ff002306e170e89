package com.aobsettlement.cli;

import com.aobsettlement.batch.Durations;
import com.aobsettlement.AobSettings;
import com.aobsettlement.reconciliation.MonthEndJobConfiguration;
import com.aobsettlement.reports.MonthlyReportWriter;
import com.aobsettlement.store.MonthEndStore;
import com.aobsettlement.store.ClosedMonthStore;
import com.aobsettlement.store.ClosedMonthStore.ClosedMonth;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * `reconcile --month M [--reopen] [--preview]`: refuses a closed month unless --reopen (which is
 * recorded, with who and when, in month_reopenings and the log), runs the month-end job, prints
 * the checks and where the files are. --preview writes the same files and leaves the month open.
 */
@Component
public class ReconcileCommand {
    private static final Logger log = LoggerFactory.getLogger(ReconcileCommand.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final Job monthEndReconciliation;
    private final MonthEndStore monthEnd;
    private final AobSettings settings;
    private final ClosedMonthStore closedMonths;
    private final JobRunner runner;

    public ReconcileCommand(@Qualifier(MonthEndJobConfiguration.JOB_NAME) Job monthEndReconciliation, MonthEndStore monthEnd,
                            AobSettings settings, ClosedMonthStore closedMonths, JobRunner runner) {
        this.monthEndReconciliation = monthEndReconciliation;
        this.monthEnd = monthEnd;
        this.settings = settings;
        this.closedMonths = closedMonths;
        this.runner = runner;
    }

    public JobExecution run(Command.Reconcile command, PrintStream out, PrintStream err) {
        String operator = operator();
        Optional<ClosedMonth> closed = closedMonths.refusing(command.month());
        if (closed.isPresent() && !command.reopen()) {
            throw new RefusedException(command.month() + " is closed (" + describe(closed.get()) + "); its books and files stay "
                    + "as they are.\nTo reconcile it again, add --reopen: the reopening is recorded.");
        }
        if (closed.isPresent()) {
            closedMonths.reopen(command.month(), Instant.now(), operator);
            log.warn("month {} reopened by {} (it was closed {})", command.month(), operator, describe(closed.get()));
            out.printf("Reopened %s (it was closed %s); the reopening is recorded.%n", command.month(), describe(closed.get()));
        } else if (command.reopen()) {
            out.printf("%s is not closed: --reopen changes nothing.%n", command.month());
        }
        long started = System.currentTimeMillis();
        boolean close = !command.preview();
        String rerun = "java -jar aob-settlement.jar reconcile --month " + command.month() + (close ? "" : " --preview");
        // Holds the settlement lock: the books do not move while a month is reconciled.
        JobExecution execution = runner.run(new JobRunner.Launch(monthEndReconciliation,
                MonthEndJobConfiguration.nextRun(monthEnd, command.month(), close, operator).parameters(),
                "The reconciliation of " + command.month(), rerun,
                com.aobsettlement.store.ExecutionOwners.SETTLEMENT_LOCK), err);
        print(command, close, execution, System.currentTimeMillis() - started, out, err);
        return execution;
    }

    private void print(Command.Reconcile command, boolean close, JobExecution execution, long millis, PrintStream out,
                       PrintStream err) {
        Path dir = MonthlyReportWriter.monthlyDir(settings.reportsDir(), command.month());
        err.printf("  took %s%n", Durations.format(millis));
        out.printf("Reconciliation of %s completed (execution %d)%n%n", command.month(),
                execution.getId());
        Table checks = new Table("check", "left", "right", "difference", "status");
        List<String> rows = lines(dir.resolve("reconciliation.csv"));
        rows.stream().skip(1).map(l -> l.split(",", -1)).forEach(f -> checks.row((Object[]) f));
        out.print(checks);
        out.println();
        long unmatched = lines(dir.resolve("unmatched.csv")).size() - 1L;
        long due = lines(dir.resolve("disputes_due.csv")).size() - 1L;
        out.printf("  unmatched items: %d    disputes due in the 30 days after month end: %d%n%n", unmatched, due);
        if (close) {
            out.printf("%s is closed: settle refuses its dates, and reconciling it again needs --reopen.%n", command.month());
        } else {
            out.printf("Preview: %s stays open. Run without --preview to close it.%n", command.month());
        }
        out.println("Reports: " + dir + " (open summary.html in a browser)");
    }

    private static String describe(ClosedMonth closed) {
        return "on " + WHEN.format(closed.closedAt()) + " UTC by " + closed.closedBy() + ", execution " + closed.jobExecutionId();
    }

    private static String operator() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "unknown" : user;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
