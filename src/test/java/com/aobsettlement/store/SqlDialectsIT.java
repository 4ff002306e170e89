package com.aobsettlement.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Report rows read as text: the same fields whether Connector/J sends the text protocol (the default; the
 * values taken as bytes) or the binary one (server-side prepared statements or cursor fetch in AOB_DB_URL,
 * where a date is a binary structure, so the values are read as strings).
 */
class SqlDialectsIT {
    static final String QUERY = "SELECT 'CLM-1', DATE '2026-11-26', CAST(12.5 AS DECIMAL(13,2)), "
            + "CAST(-0.07 AS DECIMAL(13,2)), NULL, 'Zoë' FROM DUAL WHERE ? = 1";

    @Test
    void textRowsAreTheSameInEitherProtocol() {
        try (TestDatabase db = TestDatabase.mariadb()) {
            for (JdbcTemplate jdbc : List.of(db.jdbc(), db.jdbc("useServerPrepStmts=true"), db.jdbc("useCursorFetch=true"))) {
                SqlDialects dialects = new SqlDialects(jdbc);
                List<List<String>> rows = new ArrayList<>();
                dialects.streamText(QUERY, 6, row -> rows.add(Arrays.stream(row)
                        .map(f -> f == null ? null : new String(f, StandardCharsets.UTF_8)).toList()), 1);
                assertThat(rows).containsExactly(Arrays.asList("CLM-1", "2026-11-26", "12.50", "-0.07", null, "Zoë"));
            }
            assertThat(new SqlDialects(db.jdbc()).textRows()).isTrue();
            assertThat(new SqlDialects(db.jdbc("useServerPrepStmts=true")).textRows()).isFalse();
        }
    }
}
