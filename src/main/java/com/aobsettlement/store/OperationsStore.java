package com.aobsettlement.store;

import com.aobsettlement.domain.DisputeKind;
import com.aobsettlement.store.RunSummaryStore.ListedDispute;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the business gauges and the operator's page read besides the run summary's queries: the books
 * as they stand now (every claim, every open dispute) and the progress of a running job.
 */
@Repository
public class OperationsStore {
    private static final String OPEN = "status IN ('OPEN','IN_PROGRESS')";
    private final JdbcTemplate jdbc;

    public OperationsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every claim by its current status (the outcome of its latest settlement, or the import's). */
    public Map<String, Long> claimsByStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT status, COUNT(*) FROM claims GROUP BY status ORDER BY status", rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    /** Open and in-progress disputes by kind. */
    public Map<String, Long> openDisputesByKind() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT kind, COUNT(*) FROM disputes WHERE " + OPEN + " GROUP BY kind ORDER BY kind", rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    /** Open disputes whose respond_by falls from {@code from} to {@code to}, both included. */
    public long countOpenDisputesDue(LocalDate from, LocalDate to) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM disputes WHERE " + OPEN + " AND respond_by BETWEEN ? AND ?",
                Long.class, from, to);
        return n == null ? 0 : n;
    }

    /** The first {@code limit} of them, soonest first. */
    public List<ListedDispute> openDisputesDue(LocalDate from, LocalDate to, int limit) {
        return jdbc.query("SELECT claim_number, kind, amount, respond_by FROM disputes WHERE " + OPEN
                + " AND respond_by BETWEEN ? AND ? ORDER BY respond_by, claim_number, kind LIMIT ?",
                (rs, i) -> new ListedDispute(rs.getString(1), DisputeKind.valueOf(rs.getString(2)), rs.getBigDecimal(3),
                        Sql.date(rs, 4)), from, to, limit);
    }

    /** A step of a running job execution: its items so far (a partitioned step's partitions each have their row). */
    public record RunningStep(long executionId, String job, LocalDateTime jobStart, String step, String status, long read,
                              long written, long skipped, long commits) {
    }

    /** The steps of the executions that are running now, oldest execution first. */
    public List<RunningStep> runningSteps() {
        return jdbc.query("SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.START_TIME, s.STEP_NAME, s.STATUS, s.READ_COUNT, "
                + "s.WRITE_COUNT, s.READ_SKIP_COUNT + s.PROCESS_SKIP_COUNT + s.WRITE_SKIP_COUNT, s.COMMIT_COUNT "
                + "FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
                + "JOIN BATCH_STEP_EXECUTION s ON s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
                + "WHERE e.STATUS IN ('STARTING','STARTED','STOPPING') ORDER BY e.JOB_EXECUTION_ID, s.STEP_EXECUTION_ID",
                (rs, i) -> new RunningStep(rs.getLong(1), rs.getString(2), Sql.dateTime(rs, 3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)));
    }
}
