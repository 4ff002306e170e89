package com.aobsettlement.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.support.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the remittance imports do to claims, by each path (MariaDB's work table loaded by LOAD DATA,
 * MariaDB without it, H2): next_remit_on moves to an earlier new remittance only for SETTLED claims, and
 * the chunk lookups written as literal IN lists find claim numbers that need escaping.
 */
class NextRemitOnIT {

    @Test
    void mariadbLoadData() {
        try (TestDatabase db = TestDatabase.mariadb()) {
            JdbcTemplate jdbc = db.jdbc("allowLoadLocalInfile=true");
            assertThat(new SqlDialects(jdbc).localInfile()).isTrue();
            check(jdbc);
        }
    }

    @Test
    void mariadbWithoutLoadData() {
        try (TestDatabase db = TestDatabase.mariadb()) {
            JdbcTemplate jdbc = db.jdbc();
            assertThat(new SqlDialects(jdbc).localInfile()).isFalse();
            check(jdbc);
        }
    }

    @Test
    void h2(@TempDir Path dir) {
        check(TestDatabase.h2(dir).jdbc());
    }

    private static void check(JdbcTemplate jdbc) {
        jdbc.execute("CREATE TABLE claims (id BIGINT PRIMARY KEY, claim_number VARCHAR(50) NOT NULL, status VARCHAR(20) NOT NULL, "
                + "next_remit_on DATE)");
        List<String> numbers = BulkInsertIT.TRICKY.stream().filter(s -> !s.isEmpty() && s.indexOf('\0') < 0).toList();
        for (int i = 0; i < numbers.size(); i++) {
            jdbc.update("INSERT INTO claims VALUES (?, ?, 'PENDING', NULL)", 100 + i, numbers.get(i));
        }
        jdbc.update("INSERT INTO claims VALUES (1, 'C1', 'SETTLED', NULL), (2, 'C2', 'SETTLED', DATE '2026-11-10'), "
                + "(3, 'C3', 'SETTLED', DATE '2026-11-10'), (4, 'C4', 'PENDING', NULL), (5, 'C5', 'SETTLED', DATE '2026-11-20')");
        ClaimStore claims = new ClaimStore(jdbc, new SqlDialects(jdbc));

        Map<Long, LocalDate> earliest = new LinkedHashMap<>();
        earliest.put(1L, LocalDate.parse("2026-11-15")); // settled, nothing pending: takes the date
        earliest.put(2L, LocalDate.parse("2026-11-05")); // earlier than the stored date: moves
        earliest.put(3L, LocalDate.parse("2026-11-15")); // later: stays
        earliest.put(4L, LocalDate.parse("2026-11-01")); // not settled: not written (pending anyway)
        claims.advanceNextRemitOn(earliest);
        claims.advanceNextRemitOn(Map.of(5L, LocalDate.parse("2026-11-12"))); // a second chunk: the work table again
        assertThat(jdbc.query("SELECT id, next_remit_on FROM claims WHERE id < 100 ORDER BY id",
                (rs, i) -> rs.getLong(1) + " " + (Sql.date(rs, 2) == null ? "-" : Sql.date(rs, 2))))
                .containsExactly("1 2026-11-15", "2 2026-11-05", "3 2026-11-10", "4 -", "5 2026-11-12");

        Map<String, Long> ids = claims.idsByNumber(IntStream.range(0, numbers.size()).mapToObj(numbers::get).toList());
        assertThat(ids).hasSize(numbers.size());
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(ids.get(numbers.get(i))).as(numbers.get(i)).isEqualTo(100L + i);
        }
    }
}
