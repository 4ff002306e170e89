package com.aobsettlement.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Multi-row INSERTs written as SQL literals, for the settlement's hot tables. Profiling showed the
 * JVM spending most of a chunk's time in Connector/J's per-parameter binding for rewritten batches
 * (about 25 parameters a row); rendering the few value types ourselves is several times cheaper.
 * Only numbers, dates, booleans and strings are rendered; strings are quoted with the escaping of
 * the database at hand ({@link SqlDialect}).
 */
final class BulkInsert {
    private static final int ROWS_PER_STATEMENT = 1000;

    private BulkInsert() {
    }

    static <T> void insert(JdbcTemplate jdbc, SqlDialect dialect, String table, String columns, List<T> rows,
                           Function<T, Object[]> values) {
        StringBuilder sql = null;
        int n = 0;
        for (T row : rows) {
            if (sql == null) {
                sql = new StringBuilder(256 * Math.min(rows.size(), ROWS_PER_STATEMENT));
                sql.append("INSERT INTO ").append(table).append(" (").append(columns).append(") VALUES ");
            } else {
                sql.append(',');
            }
            sql.append('(');
            Object[] v = values.apply(row);
            for (int i = 0; i < v.length; i++) {
                if (i > 0) {
                    sql.append(',');
                }
                literal(sql, v[i], dialect);
            }
            sql.append(')');
            if (++n == ROWS_PER_STATEMENT) {
                jdbc.update(sql.toString());
                sql = null;
                n = 0;
            }
        }
        if (sql != null) {
            jdbc.update(sql.toString());
        }
    }

    static void literal(StringBuilder sql, Object value, SqlDialect dialect) {
        if (value == null) {
            sql.append("NULL");
        } else if (value instanceof BigDecimal d) {
            sql.append(d.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            sql.append(value);
        } else if (value instanceof LocalDate d) {
            sql.append('\'').append(d).append('\'');
        } else if (value instanceof CharSequence || value instanceof Enum<?>) {
            dialect.quote(sql, value.toString());
        } else {
            throw new IllegalArgumentException("no SQL literal for " + value.getClass());
        }
    }
}
