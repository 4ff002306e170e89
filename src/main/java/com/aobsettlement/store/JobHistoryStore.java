package com.aobsettlement.store;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Recent job executions with their parameters and item counts, for `status`. */
@Repository
public class JobHistoryStore {
    private final JdbcTemplate jdbc;

    public JobHistoryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record ExecutionRow(long id, String job, String parameters, String status, LocalDateTime start, LocalDateTime end,
                               long read, long written, long skipped) {
        ExecutionRow withParameters(String text) {
            return new ExecutionRow(id, job, text, status, start, end, read, written, skipped);
        }
    }

    /** The ids of the last execution of each job instance whose status is one of these, newest first. */
    public List<Long> lastExecutionIdsWithStatus(List<String> statuses) {
        List<Object> args = new ArrayList<>(statuses);
        return jdbc.queryForList("SELECT e.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e WHERE e.STATUS IN ("
                + Sql.marks(statuses.size()) + ") AND NOT EXISTS (SELECT 1 FROM "
                + "BATCH_JOB_EXECUTION x WHERE x.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID AND x.JOB_EXECUTION_ID > e.JOB_EXECUTION_ID) "
                + "ORDER BY e.JOB_EXECUTION_ID DESC", Long.class, args.toArray());
    }

    public List<ExecutionRow> recent(int limit) {
        List<ExecutionRow> heads = jdbc.query("SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.START_TIME, e.END_TIME, "
                + "COALESCE(SUM(s.READ_COUNT),0), COALESCE(SUM(s.WRITE_COUNT),0), "
                + "COALESCE(SUM(s.READ_SKIP_COUNT + s.PROCESS_SKIP_COUNT + s.WRITE_SKIP_COUNT),0) "
                + "FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
                // a partitioned step's manager already sums its partitions: count the claims once
                + "LEFT JOIN BATCH_STEP_EXECUTION s ON s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND s.STEP_NAME NOT LIKE '%:partition%' "
                + "GROUP BY e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.START_TIME, e.END_TIME "
                + "ORDER BY e.JOB_EXECUTION_ID DESC LIMIT ?", (rs, i) -> new ExecutionRow(rs.getLong(1), rs.getString(2), "",
                    rs.getString(3), Sql.dateTime(rs, 4),
                    Sql.dateTime(rs, 5), rs.getLong(6), rs.getLong(7),
                    rs.getLong(8)), limit);
        if (heads.isEmpty()) {
            return heads;
        }
        Map<Long, StringBuilder> params = new LinkedHashMap<>();
        jdbc.query("SELECT JOB_EXECUTION_ID, PARAMETER_NAME, PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS "
                + "WHERE IDENTIFYING = 'Y' AND JOB_EXECUTION_ID >= ? ORDER BY JOB_EXECUTION_ID, PARAMETER_NAME", rs -> {
                    String name = rs.getString(2);
                    if (name.equals("sha256")) {
                        return;
                    }
                    String value = rs.getString(3);
                    if (name.equals("file")) {
                        value = java.nio.file.Path.of(value).getFileName().toString();
                    }
                    StringBuilder sb = params.computeIfAbsent(rs.getLong(1), k -> new StringBuilder());
                    sb.append(sb.length() == 0 ? "" : " ").append(name).append('=').append(value);
                }, heads.get(heads.size() - 1).id());
        List<ExecutionRow> rows = new ArrayList<>();
        for (ExecutionRow h : heads) {
            rows.add(h.withParameters(params.getOrDefault(h.id(), new StringBuilder()).toString()));
        }
        return rows;
    }
}
