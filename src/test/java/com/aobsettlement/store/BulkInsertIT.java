package com.aobsettlement.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aobsettlement.support.TestDatabase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk rows keep every string exactly, quotes, backslashes, tabs and line breaks included, by both
 * paths: LOAD DATA LOCAL INFILE from memory (MariaDB with allowLoadLocalInfile) and literal
 * multi-row INSERTs (MariaDB without it, and H2). LOAD DATA LOCAL's silent skips fail loudly.
 */
class BulkInsertIT {
    static final List<String> TRICKY = List.of("O'Brien", "back\\slash", "\\'", "''", "tab\there", "nul\0byte", "ünï©ødé 😀",
            "x'); DROP TABLE t; --", "\\", "line\nbreak\r\n", "\\N", "");

    @Test
    void mariadbLoadData() {
        try (TestDatabase db = TestDatabase.mariadb()) {
            JdbcTemplate jdbc = db.jdbc("allowLoadLocalInfile=true");
            assertThat(new SqlDialects(jdbc).localInfile()).isTrue();
            roundTrip(jdbc);
        }
    }

    @Test
    void mariadbLiteralInserts() {
        try (TestDatabase db = TestDatabase.mariadb()) {
            JdbcTemplate jdbc = db.jdbc();
            assertThat(new SqlDialects(jdbc).localInfile()).isFalse();
            roundTrip(jdbc);
        }
    }

    @Test
    void h2(@TempDir Path dir) {
        JdbcTemplate jdbc = TestDatabase.h2(dir).jdbc();
        assertThat(new SqlDialects(jdbc).localInfile()).isFalse();
        roundTrip(jdbc);
    }

    @Test
    void loadDataFailsOnASkippedDuplicateOrATruncatedValue() {
        try (TestDatabase db = TestDatabase.mariadb()) {
            JdbcTemplate jdbc = db.jdbc("allowLoadLocalInfile=true");
            SqlDialects dialects = new SqlDialects(jdbc);
            jdbc.execute("CREATE TABLE u (id INT PRIMARY KEY, s VARCHAR(5))");
            BulkInsert.load(jdbc, dialects, "u", "id, s", List.of(1), i -> new Object[] {i, "a"});
            assertThatThrownBy(() -> BulkInsert.load(jdbc, dialects, "u", "id, s", List.of(2, 1, 3), i -> new Object[] {i, "b"}))
                    .hasMessageContaining("stored 2 of 3 rows");
            assertThatThrownBy(() -> BulkInsert.load(jdbc, dialects, "u", "id, s", List.of(9), i -> new Object[] {i, "toolong"}))
                    .hasMessageContaining("Data truncated for column 's'");
        }
    }

    private static void roundTrip(JdbcTemplate jdbc) {
        jdbc.execute("CREATE TABLE t (id INT, s VARCHAR(100), d DATE, m DECIMAL(13,2), b BOOLEAN, n VARCHAR(10))");
        SqlDialects dialects = new SqlDialects(jdbc);
        List<Integer> ids = java.util.stream.IntStream.range(0, TRICKY.size()).boxed().toList();
        BulkInsert.load(jdbc, dialects, "t", "id, s, d, m, b, n", ids, i -> new Object[] {i, TRICKY.get(i),
            LocalDate.parse("2026-11-26"), new BigDecimal("-1234.50"), i % 2 == 0, null});
        assertThat(jdbc.queryForList("SELECT s FROM t ORDER BY id", String.class)).containsExactlyElementsOf(TRICKY);
        assertThat(jdbc.queryForObject("SELECT SUM(m) FROM t", BigDecimal.class))
                .isEqualByComparingTo(new BigDecimal("-1234.50").multiply(BigDecimal.valueOf(TRICKY.size())));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM t WHERE d = DATE '2026-11-26' AND b", Integer.class))
                .isEqualTo(TRICKY.size() / 2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM t WHERE n IS NULL", Integer.class)).isEqualTo(TRICKY.size());
    }
}
