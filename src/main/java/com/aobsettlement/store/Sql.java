package com.aobsettlement.store;

import java.sql.ResultSet;
import java.sql.SQLException;
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

    static Instant instant(LocalDateTime ldt) {
        return ldt == null ? null : ldt.toInstant(ZoneOffset.UTC);
    }

    /** MySQL's zero date '0000-00-00' (only SQL by hand stores one) as a date: one before any date of business. */
    static final LocalDate ZERO_DATE = LocalDate.of(0, 1, 1);

    /**
     * A DATE column as a LocalDate, or null. Never through java.sql.Date: its calendar turns Julian before
     * 1582-10-15, so Connector/J fails on 1582-10-10 ("the specified date doesn't exist") and on year 0
     * ("YEAR"), and one such row stored stopped every job that read it. Read as a LocalDate any stored date
     * comes back as it is, and the jobs judge it (DOMAIN.md §3: such a date is not data).
     */
    static LocalDate date(ResultSet rs, int column) throws SQLException {
        try {
            return rs.getObject(column, LocalDate.class);
        } catch (SQLException e) {
            return zero(rs.getString(column), e).toLocalDate();
        }
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return date(rs, rs.findColumn(column));
    }

    /** A DATETIME column as a LocalDateTime, or null; never through java.sql.Timestamp (see {@link #date}). */
    static LocalDateTime dateTime(ResultSet rs, int column) throws SQLException {
        try {
            return rs.getObject(column, LocalDateTime.class);
        } catch (SQLException e) {
            return zero(rs.getString(column), e);
        }
    }

    /** A UTC DATETIME(6) column as an instant, or null (see {@link #date}). */
    static Instant instant(ResultSet rs, int column) throws SQLException {
        return instant(dateTime(rs, column));
    }

    private static LocalDateTime zero(String text, SQLException e) throws SQLException {
        if (text != null && text.startsWith("0000-00-00")) {
            return ZERO_DATE.atStartOfDay();
        }
        throw e;
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

    /**
     * An IN list of texts written as literals, "('a','b')", for the lookups of a whole chunk (thousands
     * of claim numbers): as bind parameters, Connector/J scanned the statement for its thousands of
     * markers and bound each one on every chunk, a large part of the import's own CPU time.
     */
    static String inList(SqlDialect dialect, Collection<String> values) {
        StringBuilder sql = new StringBuilder(16 * values.size() + 2).append('(');
        for (String value : values) {
            if (sql.length() > 1) {
                sql.append(',');
            }
            dialect.quote(sql, value);
        }
        return sql.append(')').toString();
    }

    static Object[] args(Collection<?> values) {
        return values.toArray();
    }
}
