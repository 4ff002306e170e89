package com.aobsettlement.store;

import com.aobsettlement.domain.ReasonCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The exceptions table: every input or claim that could not be taken, with its reason. */
@Repository
public class ExceptionStore {

    public record ExceptionRow(String source, String recordRef, ReasonCode reason, String message) {
    }

    public record ReportedException(long id, String source, String recordRef, String reasonCode, String message) {
    }

    private final JdbcTemplate jdbc;

    public ExceptionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(List<ExceptionRow> rows, Long jobExecutionId) {
        if (rows.isEmpty()) {
            return;
        }
        String now = Sql.utcText(Instant.now());
        jdbc.batchUpdate("INSERT INTO exceptions (source, record_ref, reason_code, message, created_at, job_execution_id) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", rows, 500, (ps, row) -> {
                    ps.setString(1, clip(row.source(), 300));
                    ps.setString(2, clip(row.recordRef(), 300));
                    ps.setString(3, row.reason().name());
                    ps.setString(4, clip(row.message(), 1000));
                    ps.setString(5, now);
                    if (jobExecutionId == null) {
                        ps.setNull(6, java.sql.Types.BIGINT);
                    } else {
                        ps.setLong(6, jobExecutionId);
                    }
                });
    }

    /** The record_refs of the exceptions recorded under a source with a reason (a restarted step records none twice). */
    public Set<String> recordRefs(String source, ReasonCode reason) {
        return new HashSet<>(jdbc.queryForList("SELECT record_ref FROM exceptions WHERE source = ? AND reason_code = ?",
                String.class, source, reason.name()));
    }

    /** Counts by reason code of the exceptions one job execution recorded. */
    public Map<String, Integer> countByReason(long jobExecutionId) {
        Map<String, Integer> counts = new TreeMap<>();
        jdbc.query("SELECT reason_code, COUNT(*) FROM exceptions WHERE job_execution_id = ? GROUP BY reason_code",
                rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                }, jobExecutionId);
        return counts;
    }

    /**
     * Claims for the daily report of {@code date} every exception no report has listed yet, then
     * returns all listed by it: a rerun of the same report lists the same rows.
     */
    public List<ReportedException> claimForDailyReport(LocalDate date) {
        jdbc.update("UPDATE exceptions SET reported_on = ? WHERE reported_on IS NULL", date);
        return jdbc.query("SELECT id, source, record_ref, reason_code, message FROM exceptions "
                        + "WHERE reported_on = ? ORDER BY id",
                (rs, i) -> new ReportedException(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)), date);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
