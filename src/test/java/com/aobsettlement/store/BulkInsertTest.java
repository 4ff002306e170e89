package com.aobsettlement.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.support.TestDatabase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** Literal multi-row INSERTs keep every string exactly, quotes and backslashes included, on MariaDB and H2. */
class BulkInsertTest {
    static final List<String> TRICKY = List.of("O'Brien", "back\\slash", "\\'", "''", "tab\there", "nul\0byte", "ünï©ødé 😀",
            "x'); DROP TABLE t; --", "\\");

    @Test
    void mariadb() {
        try (TestDatabase db = TestDatabase.mariadb()) {
            roundTrip(db.jdbc());
        }
    }

    @Test
    void h2(@TempDir Path dir) {
        roundTrip(TestDatabase.h2(dir).jdbc());
    }

    private static void roundTrip(JdbcTemplate jdbc) {
        jdbc.execute("CREATE TABLE t (id INT, s VARCHAR(100), d DATE, m DECIMAL(13,2), b BOOLEAN)");
        SqlDialect dialect = new SqlDialects(jdbc).current();
        List<Integer> ids = java.util.stream.IntStream.range(0, TRICKY.size()).boxed().toList();
        BulkInsert.insert(jdbc, dialect, "t", "id, s, d, m, b", ids, i -> new Object[] {i, TRICKY.get(i),
            LocalDate.parse("2026-11-26"), new BigDecimal("-1234.50"), i % 2 == 0});
        assertThat(jdbc.queryForList("SELECT s FROM t ORDER BY id", String.class)).containsExactlyElementsOf(TRICKY);
        assertThat(jdbc.queryForObject("SELECT SUM(m) FROM t", BigDecimal.class))
                .isEqualByComparingTo(new BigDecimal("-1234.50").multiply(BigDecimal.valueOf(TRICKY.size())));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM t WHERE d = DATE '2026-11-26' AND b", Integer.class)).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM t", Integer.class)).isEqualTo(TRICKY.size());
    }
}
