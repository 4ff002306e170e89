package com.aobsettlement.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closed-month rule, DOMAIN.md §8 step 7, and its data: the months that month-end reconciliation closed
 * ({@link #close}) and their reopenings ({@link #reopen}, recorded with who and when). Nothing dated in a
 * closed month changes, so everything that would change something dated in a month asks {@link #refusing}
 * first, and is refused when the answer is a closed month: {@code settle} (its business date dates the run's
 * settlements, ledger entries and provider totals), the deposits import (each deposit_date) and
 * {@code reconcile} (its month, unless it reopens it). Each of them words the refusal for its reader.
 */
@Repository
public class ClosedMonthStore {
    private final JdbcTemplate jdbc;

    public ClosedMonthStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record ClosedMonth(YearMonth month, Instant closedAt, String closedBy, long jobExecutionId) {
    }

    /**
     * The one check of the rule: the closure that refuses any change dated in {@code month}, or empty while
     * the month is open.
     */
    public Optional<ClosedMonth> refusing(YearMonth month) {
        return find(month);
    }

    private Optional<ClosedMonth> find(YearMonth month) {
        List<ClosedMonth> rows = jdbc.query("SELECT closed_month, closed_at, closed_by, job_execution_id FROM closed_months "
                        + "WHERE closed_month = ?", (rs, i) -> new ClosedMonth(YearMonth.parse(rs.getString(1)),
                        Sql.instant(rs, 2), rs.getString(3), rs.getLong(4)), month.toString());
        return rows.stream().findFirst();
    }

    /** Closes the month; closing a month already closed changes nothing (a restarted close step). */
    public void close(YearMonth month, Instant at, String by, long jobExecutionId) {
        if (find(month).isEmpty()) {
            jdbc.update("INSERT INTO closed_months (closed_month, closed_at, closed_by, job_execution_id) VALUES (?,?,?,?)",
                    month.toString(), Timestamp.valueOf(Sql.utc(at)), by, jobExecutionId);
        }
    }

    /** Reopens a closed month and records who did it and when; false when the month was not closed. */
    @Transactional
    public boolean reopen(YearMonth month, Instant at, String by) {
        Optional<ClosedMonth> closed = find(month);
        if (closed.isEmpty()) {
            return false;
        }
        jdbc.update("INSERT INTO month_reopenings (reopened_month, reopened_at, reopened_by, was_closed_at, was_closed_by) "
                        + "VALUES (?,?,?,?,?)", month.toString(), Timestamp.valueOf(Sql.utc(at)), by,
                Timestamp.valueOf(Sql.utc(closed.get().closedAt())), closed.get().closedBy());
        jdbc.update("DELETE FROM closed_months WHERE closed_month = ?", month.toString());
        return true;
    }

    public record Reopening(YearMonth month, Instant reopenedAt, String reopenedBy, Instant wasClosedAt, String wasClosedBy) {
    }

    public List<Reopening> reopenings(YearMonth month) {
        return jdbc.query("SELECT reopened_month, reopened_at, reopened_by, was_closed_at, was_closed_by FROM month_reopenings "
                        + "WHERE reopened_month = ? ORDER BY id", (rs, i) -> new Reopening(YearMonth.parse(rs.getString(1)),
                        Sql.instant(rs, 2), rs.getString(3), Sql.instant(rs, 4), rs.getString(5)),
                month.toString());
    }
}
