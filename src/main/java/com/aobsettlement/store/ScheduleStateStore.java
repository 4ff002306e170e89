package com.aobsettlement.store;

import java.net.InetAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The nightly schedule's row in schedule_state: what a `serve` process tells other processes (`status`,
 * the page) about its schedule, with a heartbeat that says it is still alive.
 */
@Repository
public class ScheduleStateStore {
    /** The one schedule a deployment runs: the end-of-day settlement with its month-end preview. */
    public static final String NIGHTLY = "nightly";
    private static final int FAILURE_LENGTH = 2000;

    private final JdbcTemplate jdbc;

    public ScheduleStateStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The row as stored; {@code nextRun}, {@code running} and the failure columns may be null. */
    public record ScheduleState(String host, long pid, Instant heartbeat, Instant nextRun, String running,
                                String failedKind, LocalDate failedOn, String failure, Instant failedAt) {
    }

    /** This process is alive at {@code at}; the schedule fires next at {@code nextRun} (null while a job runs) and runs {@code running} (null when idle). */
    public synchronized void beat(Instant at, Instant nextRun, String running) {
        ProcessHandle self = ProcessHandle.current();
        int updated = jdbc.update("UPDATE schedule_state SET host = ?, pid = ?, heartbeat_at = ?, next_run_at = ?, running = ? "
                + "WHERE schedule_name = ?", host(), self.pid(), Sql.utcText(at), Sql.utcText(nextRun), running, NIGHTLY);
        if (updated == 0) {
            jdbc.update("INSERT INTO schedule_state (schedule_name, host, pid, heartbeat_at, next_run_at, running) VALUES (?,?,?,?,?,?)",
                    NIGHTLY, host(), self.pid(), Sql.utcText(at), Sql.utcText(nextRun), running);
        }
    }

    /** Only the heartbeat: the rest of the row stays as the schedule last wrote it. */
    public synchronized void beat(Instant at) {
        jdbc.update("UPDATE schedule_state SET heartbeat_at = ? WHERE schedule_name = ? AND pid = ?", Sql.utcText(at), NIGHTLY,
                ProcessHandle.current().pid());
    }

    /** The failure the schedule stopped retrying: a settlement of {@code on}, or a month's preview ({@code on} its first day). */
    public synchronized void recordFailure(String kind, LocalDate on, String message, Instant at) {
        String text = message.length() > FAILURE_LENGTH ? message.substring(0, FAILURE_LENGTH) : message;
        jdbc.update("UPDATE schedule_state SET failed_kind = ?, failed_on = ?, failure = ?, failed_at = ? WHERE schedule_name = ?",
                kind, on, text, Sql.utcText(at), NIGHTLY);
    }

    public synchronized void clearFailure() {
        jdbc.update("UPDATE schedule_state SET failed_kind = NULL, failed_on = NULL, failure = NULL, failed_at = NULL "
                + "WHERE schedule_name = ?", NIGHTLY);
    }

    public Optional<ScheduleState> read() {
        List<ScheduleState> rows = jdbc.query("SELECT host, pid, heartbeat_at, next_run_at, running, failed_kind, failed_on, "
                + "failure, failed_at FROM schedule_state WHERE schedule_name = ?", (rs, i) -> new ScheduleState(rs.getString(1),
                rs.getLong(2), Sql.instant(rs, 3), Sql.instant(rs, 4), rs.getString(5), rs.getString(6), Sql.date(rs, 7),
                rs.getString(8), Sql.instant(rs, 9)), NIGHTLY);
        return rows.stream().findFirst();
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }
}
