package com.aobsettlement.operations;

import com.aobsettlement.AobSettings;
import com.aobsettlement.batch.Durations;
import com.aobsettlement.domain.Money;
import com.aobsettlement.store.ExecutionOwners;
import com.aobsettlement.store.JobHistoryStore;
import com.aobsettlement.store.JobHistoryStore.ExecutionRow;
import com.aobsettlement.store.OperationsStore;
import com.aobsettlement.store.OperationsStore.RunningStep;
import com.aobsettlement.store.ProviderTotalsStore;
import com.aobsettlement.store.ProviderTotalsStore.ProviderTotal;
import com.aobsettlement.store.RunSummaryStore;
import com.aobsettlement.store.RunSummaryStore.ListedDispute;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * What the operator's page shows, read from the same stores as `status`, the run summary and the
 * daily report files (so that its figures equal those of the files). No claim-level personal data:
 * claims appear by claim number only, as in the report files.
 */
@Component
public class OperatorView {
    /** How many lines a list on the page shows; the report files have them all. */
    public static final int LIST_LIMIT = 15;
    private static final int RECENT_RUNS = 20;
    private static final int REPORT_FOLDERS = 10;
    private static final Pattern DATE_PARAMETER = Pattern.compile("(?:businessDate|month)=(\\S+)");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Set<String> RESTARTABLE = Set.of("FAILED", "STOPPED");

    private final ScheduleView schedule;
    private final JobHistoryStore history;
    private final OperationsStore operations;
    private final RunSummaryStore summary;
    private final ProviderTotalsStore providerTotals;
    private final BusinessMetrics metrics;
    private final ExecutionOwners owners;
    private final AobSettings settings;
    private final Clock businessClock;

    public OperatorView(ScheduleView schedule, JobHistoryStore history, OperationsStore operations, RunSummaryStore summary,
                        ProviderTotalsStore providerTotals, BusinessMetrics metrics, ExecutionOwners owners, AobSettings settings,
                        @Qualifier("businessClock") Clock businessClock) {
        this.owners = owners;
        this.schedule = schedule;
        this.history = history;
        this.operations = operations;
        this.summary = summary;
        this.providerTotals = providerTotals;
        this.metrics = metrics;
        this.settings = settings;
        this.businessClock = businessClock;
    }

    /** A job run as the page lists it; {@code restart} is the command that resumes it, empty unless it failed or stopped. */
    public record Run(long id, String job, String date, String status, String start, String duration, long read, long written,
                      long skipped, String restart) {
    }

    /** A running execution: how far each step has got. */
    public record Progress(long id, String job, String running, List<RunningStep> steps, long written, boolean alive) {
    }

    /** The figures of one settled business date, from the queries its report files were written with. */
    public record Day(LocalDate date, Map<String, Long> claimsByStatus, long claims, String collected, String fee, String net,
                      Map<String, Long> exceptionsByReason, long rightsLost, List<ListedDispute> expired) {
    }

    /** A folder of report files under the reports folder, by its path there ("daily/2026-11-26"). */
    public record Folder(String name, String path, List<String> files) {
    }

    public record Overview(String today, Optional<LocalDate> lastSettled, List<LocalDate> backlog, Optional<ZonedDateTime> nextRun,
                           Optional<String> lastFailure, List<Progress> running, List<Run> runs, Optional<Day> day,
                           long dueSoonCount, LocalDate dueSoonUntil, List<ListedDispute> dueSoon, List<Folder> daily,
                           List<Folder> monthly) {
        public boolean jobRunning() {
            return !running.isEmpty();
        }
    }

    /** The page's content, with the figures of {@code day} (default: the last settled date). */
    public Overview overview(Optional<LocalDate> day) {
        LocalDate today = LocalDate.now(businessClock);
        Optional<LocalDate> last = day.isPresent() ? day : schedule.lastSettled();
        LocalDate until = metrics.dueSoonUntil(today);
        return new Overview(today.toString(), schedule.lastSettled(), schedule.backlog(), schedule.nextRun(), schedule.lastFailure(), running(),
                runs(), last.map(this::day), operations.countOpenDisputesDue(today, until), until,
                operations.openDisputesDue(today, until, LIST_LIMIT), folders("daily"), folders("monthly"));
    }

    /** The executions marked running, with whether the process that runs them is still alive. */
    public List<Progress> running() {
        Map<Long, List<RunningStep>> byExecution = new LinkedHashMap<>();
        for (RunningStep s : operations.runningSteps()) {
            byExecution.computeIfAbsent(s.executionId(), k -> new ArrayList<>()).add(s);
        }
        List<Progress> progress = new ArrayList<>();
        byExecution.forEach((id, steps) -> {
            RunningStep first = steps.get(0);
            // a partitioned step's manager row sums its partitions only when they end: count the partitions' rows
            boolean partitioned = steps.stream().anyMatch(s -> s.step().contains(":partition"));
            long written = steps.stream().filter(s -> !partitioned || s.step().contains(":partition"))
                    .mapToLong(RunningStep::written).sum();
            // Spring Batch keeps start times in the JVM's zone
            String running = first.jobStart() == null ? ""
                    : Durations.format(Duration.between(first.jobStart(), LocalDateTime.now()).toMillis());
            progress.add(new Progress(id, first.job(), running, steps, written, owners.ownerAlive(id)));
        });
        return progress;
    }

    private List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        List<Long> resumable = history.lastExecutionIdsWithStatus(List.copyOf(RESTARTABLE));
        for (ExecutionRow r : history.recent(RECENT_RUNS)) {
            Matcher m = DATE_PARAMETER.matcher(r.parameters());
            String duration = r.start() == null || r.end() == null ? ""
                    : Durations.format(Duration.between(r.start(), r.end()).toMillis());
            String restart = resumable.contains(r.id()) ? "jobs/aob restart " + r.id() : "";
            runs.add(new Run(r.id(), r.job(), m.find() ? m.group(1) : "", r.status(), r.start() == null ? "" : TIME.format(r.start()),
                    duration, r.read(), r.written(), r.skipped(), restart));
        }
        return runs;
    }

    /** The day's figures: settlements.csv by status, Σ provider_totals.csv, exceptions.csv by reason, disputes.csv's expired. */
    public Day day(LocalDate date) {
        Map<String, Long> statuses = summary.claimsByStatus(date);
        BigDecimal collected = Money.ZERO;
        BigDecimal fee = Money.ZERO;
        BigDecimal net = Money.ZERO;
        for (ProviderTotal t : providerTotals.forDate(date)) {
            collected = collected.add(t.collected());
            fee = fee.add(t.fee());
            net = net.add(t.netToProvider());
        }
        long lost = summary.disputesByKind(date).values().stream().mapToLong(c -> c.expired()).sum();
        return new Day(date, statuses, statuses.values().stream().mapToLong(Long::longValue).sum(), Money.format(collected),
                Money.format(fee), Money.format(net), summary.exceptionsReportedOn(date), lost, summary.expiredOn(date, LIST_LIMIT));
    }

    /** The newest report folders of a kind with their files, newest first. */
    private List<Folder> folders(String kind) {
        Path root = settings.reportsDir().resolve(kind);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            List<Path> newest = dirs.filter(Files::isDirectory).sorted(Comparator.comparing(Path::getFileName).reversed())
                    .limit(REPORT_FOLDERS).toList();
            List<Folder> folders = new ArrayList<>();
            for (Path dir : newest) {
                try (Stream<Path> files = Files.list(dir)) {
                    List<String> names = files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                            .filter(n -> !n.startsWith(".")).sorted().toList();
                    String name = dir.getFileName().toString();
                    folders.add(new Folder(name, kind + "/" + name, names));
                }
            }
            return folders;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
