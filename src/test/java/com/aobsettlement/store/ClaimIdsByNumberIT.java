package com.aobsettlement.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.support.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The claim ids the remittance imports look up by claim number, written as literal IN lists, find claim
 * numbers that need escaping, by each way of quoting: MariaDB's backslash escapes, MariaDB with
 * NO_BACKSLASH_ESCAPES and H2 (standard SQL).
 */
class ClaimIdsByNumberIT {

    @Test
    void mariadb() {
        try (TestDatabase db = TestDatabase.mariadb()) {
            JdbcTemplate jdbc = db.jdbc();
            assertThat(new SqlDialects(jdbc).current()).isEqualTo(SqlDialect.MYSQL_BACKSLASH_ESCAPES);
            check(jdbc);
        }
    }

    @Test
    void mariadbWithoutBackslashEscapes() {
        try (TestDatabase db = TestDatabase.mariadb()) {
            JdbcTemplate jdbc = db.jdbc("sessionVariables=sql_mode=NO_BACKSLASH_ESCAPES");
            assertThat(new SqlDialects(jdbc).current()).isEqualTo(SqlDialect.STANDARD);
            check(jdbc);
        }
    }

    @Test
    void h2(@TempDir Path dir) {
        check(TestDatabase.h2(dir).jdbc());
    }

    private static void check(JdbcTemplate jdbc) {
        jdbc.execute("CREATE TABLE claims (id BIGINT PRIMARY KEY, claim_number VARCHAR(50) NOT NULL, status VARCHAR(20) NOT NULL)");
        List<String> numbers = BulkInsertIT.TRICKY.stream().filter(s -> !s.isEmpty() && s.indexOf('\0') < 0).toList();
        for (int i = 0; i < numbers.size(); i++) {
            jdbc.update("INSERT INTO claims VALUES (?, ?, 'PENDING')", 100 + i, numbers.get(i));
        }
        jdbc.update("INSERT INTO claims VALUES (1, 'C1', 'SETTLED')");
        ClaimStore claims = new ClaimStore(jdbc, new SqlDialects(jdbc));

        Map<String, Long> ids = claims.idsByNumber(IntStream.range(0, numbers.size()).mapToObj(numbers::get).toList());
        assertThat(ids).hasSize(numbers.size());
        assertThat(claims.idsByNumber(List.of("C1", "C2"))).containsExactly(Map.entry("C1", 1L));
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(ids.get(numbers.get(i))).as(numbers.get(i)).isEqualTo(100L + i);
        }
    }
}
