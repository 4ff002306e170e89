package com.aobsettlement.cli;

import com.aobsettlement.batch.Durations;
import com.aobsettlement.batch.ProgressListener;
import com.aobsettlement.AobSettings;
import com.aobsettlement.domain.Money;
import com.aobsettlement.operations.CatchUp;
import com.aobsettlement.reports.DailyFigures;
import com.aobsettlement.reports.DailyReportWriter;
import com.aobsettlement.settlement.SettlementJobConfiguration;
import com.aobsettlement.store.ClosedMonthStore;
import com.aobsettlement.store.ExecutionOwners;
import com.aobsettlement.store.LedgerSums;
import com.aobsettlement.store.RunSummaryStore;
import com.aobsettlement.store.RunSummaryStore.DisputeCounts;
import com.aobsettlement.store.RunSummaryStore.ListedDispute;
import com.aobsettlement.store.SettlementStore;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** `settle --date D` and the catch-up `settle --through D`: refuses a date in a closed month, already settled or before the last one, runs the job, prints the run's summary. */
@Component
public class SettleCommand {
    /** How many rows of a list the summary shows; the report files have them all. */
    static final int LIST_LIMIT = DailyFigures.LIST_LIMIT;
    private final Job endOfDaySettlement;
    private final ProgressListener progress;
    private final SettlementStore settlements;
    private final RunSummaryStore summary;
    private final JobRunner runner;
    private final AobSettings settings;
    private final ClosedMonthStore closedMonths;
    private final SettlementOrder order;
    private final CatchUp catchUp;

    public SettleCommand(@Qualifier(SettlementJobConfiguration.JOB_NAME) Job endOfDaySettlement, ProgressListener progress, SettlementStore settlements, RunSummaryStore summary, JobRunner runner,
                         AobSettings settings, ClosedMonthStore closedMonths, SettlementOrder order, CatchUp catchUp) {
        this.catchUp = catchUp;
        this.endOfDaySettlement = endOfDaySettlement;
        this.progress = progress;
        this.settlements = settlements;
        this.summary = summary;
        this.runner = runner;
        this.settings = settings;
        this.closedMonths = closedMonths;
        this.order = order;
    }

    /**
     * `settle --through D [--from D0]`: each business date after the last settled one up to D, in order,
     * one run each (with nothing settled yet: D alone, or from D0). Every date is checked against the
     * closed months before the first runs, so that none is skipped; the first failure ends the catch-up.
     */
    public List<LocalDate> runThrough(LocalDate through, Optional<LocalDate> from, PrintStream out, PrintStream err) {
        order.refuseFutureDate(through);
        LocalDate last = settlements.lastCompletedBusinessDate();
        if (last != null && from.isPresent()) {
            err.printf("--from %s is not used: %s is settled, and a catch-up settles every business date after it.%n",
                    from.get(), last);
        }
        List<LocalDate> dates = catchUp.datesThrough(through, from);
        if (dates.isEmpty()) {
            out.println(last != null && !through.isAfter(last)
                    ? "Settled through " + last + " already; nothing to do."
                    : "No business date to settle through " + through + " (weekends and federal holidays have no run).");
            return dates;
        }
        for (LocalDate date : dates) {
            closedMonths.refusing(YearMonth.from(date)).ifPresent(closed -> {
                throw new RefusedException(date + " was never settled and is in " + closed.month() + ", a closed month: a "
                        + "catch-up does not skip it. Reopen the month to settle it (reconcile --month " + closed.month()
                        + " --reopen --preview), then run this command again.");
            });
        }
        err.printf("Catching up %d business date%s: %s%n", dates.size(), dates.size() == 1 ? "" : "s", describe(dates));
        Table runs = new Table("business date", "execution", "status", "claims", "took");
        List<LocalDate> settled = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            LocalDate date = dates.get(i);
            if (i > 0) {
                out.println();
            }
            out.printf("== %s (%d of %d)%n", date, i + 1, dates.size());
            long started = System.currentTimeMillis();
            try {
                Result result = settle(date, out, err);
                runs.row(date, result.execution().getId(), "COMPLETED", result.claims(),
                        Durations.format(System.currentTimeMillis() - started));
                settled.add(date);
            } catch (RuntimeException e) {
                runs.row(date, "", e instanceof RefusedException ? "REFUSED" : "FAILED", "",
                        Durations.format(System.currentTimeMillis() - started));
                out.println();
                out.print(runs);
                String resume = "\nThe catch-up stopped at " + date + (settled.isEmpty() ? "" : " (settled before it: "
                        + describe(settled) + ")") + ". Resume it from " + date + " with: " + CommandHelp.JAR + " settle --through "
                        + through;
                if (e instanceof BusyException) {
                    throw new BusyException(e.getMessage() + resume);
                }
                if (e instanceof RefusedException) {
                    throw new RefusedException(e.getMessage() + resume);
                }
                if (e instanceof JobFailedException) {
                    throw new JobFailedException(e.getMessage() + resume);
                }
                throw e;
            }
        }
        out.println();
        out.print(runs);
        return settled;
    }

    /** "2026-11-23 … 2026-11-27" or the dates themselves when few. */
    private static String describe(List<LocalDate> dates) {
        if (dates.size() <= 6) {
            return dates.stream().map(LocalDate::toString).reduce((a, b) -> a + ", " + b).orElse("");
        }
        return dates.get(0) + " … " + dates.get(dates.size() - 1);
    }

    public JobExecution run(LocalDate date, PrintStream out, PrintStream err) {
        return settle(date, out, err).execution();
    }

    /** A completed run of one date and how many claims it settled. */
    private record Result(JobExecution execution, long claims) {
    }

    private Result settle(LocalDate date, PrintStream out, PrintStream err) {
        order.refuseFutureDate(date);
        closedMonths.refusing(YearMonth.from(date)).ifPresent(closed -> {
            throw new RefusedException(date + " is in " + closed.month() + ", a closed month: nothing dated in it changes. "
                    + "To settle it, reopen the month first: reconcile --month " + closed.month() + " --reopen --preview");
        });
        LocalDate last = settlements.lastCompletedBusinessDate();
        if (last != null && date.equals(last)) {
            throw new RefusedException(date + " was already settled; nothing to do. Run `status` to see the runs.");
        }
        if (last != null && date.isBefore(last)) {
            throw new RefusedException(date + " is before " + last + ", the last settled date: settlement runs go forward "
                    + "in date order. Settle a date after " + last + ".");
        }
        long started = System.currentTimeMillis();
        progress.begin(err, "claims settled", 0, claim -> 1);
        JobExecution execution = runner.run(new JobRunner.Launch(endOfDaySettlement, SettlementJobConfiguration.parameters(date),
                "Settlement of " + date, "java -jar aob-settlement.jar settle --date " + date,
                ExecutionOwners.SETTLEMENT_LOCK, () -> order.refuseWhileAnotherDateIsUnfinished(date)), err);
        err.printf("  took %s%n", Durations.format(System.currentTimeMillis() - started));
        DailyFigures figures = print(date, execution, out);
        return new Result(execution, figures.claimsByStatus().values().stream().mapToLong(Long::longValue).sum());
    }

    private DailyFigures print(LocalDate date, JobExecution execution, PrintStream out) {
        out.printf("Settlement of %s completed (execution %d)%n%n", date, execution.getId());
        DailyFigures figures = execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().equals(SettlementJobConfiguration.REPORT_STEP))
                .findFirst().flatMap(step -> DailyFigures.from(step.getExecutionContext()))
                .orElseGet(() -> DailyFigures.query(summary, date));
        out.print(expiredText(figures));
        long overdueCount = summary.countOverdueInProgress(date);
        if (overdueCount > 0) {
            out.printf("Overdue: %d dispute%s in progress past the payer's decision date%n", overdueCount,
                    overdueCount == 1 ? "" : "s");
            Table t = new Table("claim", "kind", "amount", "decision due");
            summary.overdueInProgress(date, LIST_LIMIT).forEach(d -> row(t, d));
            out.print(t);
            if (overdueCount > LIST_LIMIT) {
                out.printf("  … and %,d more.%n", overdueCount - LIST_LIMIT);
            }
            out.println();
        }
        out.print(countsText(figures));
        Map<String, Long> exceptions = summary.exceptionsReportedOn(date);
        if (!exceptions.isEmpty()) {
            Table t = new Table("exceptions by reason", "rows");
            exceptions.forEach(t::row);
            out.print(t);
            out.println();
        }
        LedgerSums totals = summary.ledgerTotals(date);
        Table money = new Table("today's ledger", "amount")
                .row("collected", Money.format(totals.collected()))
                .row("fee", Money.format(totals.fee()))
                .row("net to providers", Money.format(totals.netToProvider()))
                .row("refund reserve", Money.format(totals.refundReserve()))
                .row("written off", Money.format(totals.writeOff()));
        out.print(money);
        out.println();
        out.println("Reports: " + DailyReportWriter.dailyDir(settings.reportsDir(), date));
        return figures;
    }

    /** The summary's list of the disputes that expired today (empty when none did). */
    public static String expiredText(DailyFigures figures) {
        StringBuilder text = new StringBuilder();
        long expiredCount = figures.expired();
        if (expiredCount > 0) {
            text.append(String.format("RIGHTS LOST TODAY: %d dispute%s expired before resolution%n", expiredCount,
                    expiredCount == 1 ? "" : "s"));
            Table t = new Table("claim", "kind", "amount", "respond_by");
            figures.firstExpired().forEach(d -> row(t, d));
            text.append(t);
            if (expiredCount > LIST_LIMIT) {
                text.append(String.format("  … and %,d more: disputes.csv lists them all (status EXPIRED).%n",
                        expiredCount - LIST_LIMIT));
            }
            text.append(System.lineSeparator());
        }
        return text.toString();
    }

    /** The summary's tables of claims by status and of the day's disputes by kind. */
    public static String countsText(DailyFigures figures) {
        StringBuilder text = new StringBuilder();
        Table statuses = new Table("status", "claims");
        long total = 0;
        for (Map.Entry<String, Long> e : figures.claimsByStatus().entrySet()) {
            statuses.row(e.getKey(), e.getValue());
            total += e.getValue();
        }
        statuses.row("total", total);
        text.append(statuses);
        text.append(System.lineSeparator());
        Map<String, DisputeCounts> disputes = figures.disputesByKind();
        if (!disputes.isEmpty()) {
            Table t = new Table("disputes", "opened", "updated", "resolved", "expired");
            disputes.forEach((kind, n) -> t.row(kind, n.opened(), n.updated(), n.resolved(), n.expired()));
            text.append(t);
            text.append(System.lineSeparator());
        }
        return text.toString();
    }

    /** A listed dispute as the summary's tables show it: claim, kind, amount, respond_by (empty when none). */
    private static void row(Table t, ListedDispute d) {
        t.row(d.claimNumber(), d.kind().name(), Money.format(d.amount()), d.respondBy() == null ? "" : d.respondBy().toString());
    }
}
