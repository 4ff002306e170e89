package com.aobsettlement.store;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** Conversions between domain values and columns; instants are stored as UTC DATETIME(6). */
final class Sql {
    private Sql() {
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static final java.time.format.DateTimeFormatter MICROS =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    /**
     * An instant as UTC text with microseconds, for binding to a DATETIME(6) column. Bound as a
     * LocalDateTime or Timestamp, Connector/J 9.7 drops the fraction against MariaDB (it takes the
     * server's "5.5.5-10.11" version prefix for a server without fractional seconds).
     */
    static String utcText(Instant instant) {
        if (instant == null) {
            return null;
        }
        LocalDateTime t = utc(instant);
        if (t.getYear() < 1000 || t.getYear() > 9999) {
            return MICROS.format(t);
        }
        // written by hand: it is on every claim an import stores (the formatter was a tenth of the writer's time)
        StringBuilder sb = new StringBuilder(26).append(t.getYear()).append('-');
        two(sb, t.getMonthValue()).append('-');
        two(sb, t.getDayOfMonth()).append(' ');
        two(sb, t.getHour()).append(':');
        two(sb, t.getMinute()).append(':');
        two(sb, t.getSecond()).append('.');
        String micros = Integer.toString(t.getNano() / 1000 + 1_000_000);
        return sb.append(micros, 1, 7).toString();
    }

    private static StringBuilder two(StringBuilder sb, int n) {
        return sb.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }

    static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime ldt) {
        return ldt == null ? null : ldt.toInstant(ZoneOffset.UTC);
    }

    static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /**
     * A SELECT list of the {@code wanted} columns of {@code table}, whose columns are {@code known}: a caller
     * names the columns (a report whose headers are the table's column names) and the store checks them.
     */
    static String columns(String table, Collection<String> known, List<String> wanted) {
        for (String column : wanted) {
            if (!known.contains(column)) {
                throw new IllegalArgumentException(table + " has no column " + column);
            }
        }
        return String.join(", ", wanted);
    }

    /** The names in a column list such as "id, claim_id, kind". */
    static Set<String> names(String columnList) {
        return Set.of(columnList.split(",\\s*"));
    }

    /** "?,?,?" for an IN list of {@code n} values. */
    static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    static Object[] args(Collection<?> values) {
        return values.toArray();
    }
}
