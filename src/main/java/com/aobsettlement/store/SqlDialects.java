package com.aobsettlement.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Finds the database's string escaping once. */
@Component
public class SqlDialects {
    private final JdbcTemplate jdbc;
    private volatile SqlDialect dialect;

    public SqlDialects(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public SqlDialect current() {
        SqlDialect d = dialect;
        if (d == null) {
            d = jdbc.execute((java.sql.Connection c) -> {
                String product = c.getMetaData().getDatabaseProductName().toLowerCase();
                if (!product.contains("mysql") && !product.contains("mariadb")) {
                    return SqlDialect.STANDARD;
                }
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT @@SESSION.sql_mode")) {
                    rs.next();
                    String mode = rs.getString(1);
                    return mode != null && mode.toUpperCase().contains("NO_BACKSLASH_ESCAPES")
                            ? SqlDialect.STANDARD : SqlDialect.MYSQL_BACKSLASH_ESCAPES;
                }
            });
            dialect = d;
        }
        return d;
    }
}
