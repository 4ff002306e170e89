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

    /**
     * Reads a large result row by row: Connector/J holds a whole result in memory unless the fetch
     * size is Integer.MIN_VALUE (streaming); H2 takes an ordinary fetch size.
     */
    public void stream(String sql, org.springframework.jdbc.core.RowCallbackHandler handler, Object... args) {
        boolean mysql = current() == SqlDialect.MYSQL_BACKSLASH_ESCAPES || isMysql();
        jdbc.query(con -> {
            java.sql.PreparedStatement ps = con.prepareStatement(sql, java.sql.ResultSet.TYPE_FORWARD_ONLY,
                    java.sql.ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(mysql ? Integer.MIN_VALUE : 1000);
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, handler);
    }

    /**
     * Streams a large result as rows of UTF-8 fields (null for SQL NULL), for a report that writes them as
     * they are. MySQL's text protocol already holds each value as the text a report wants ("12.50",
     * "2026-11-26"), so it is taken as bytes: no BigDecimal, date or String is made for it. H2, and a URL
     * that asks Connector/J for the binary protocol, give strings.
     */
    public void streamText(String sql, int columns, java.util.function.Consumer<byte[][]> consumer, Object... args) {
        boolean raw = textRows();
        stream(sql, rs -> {
            byte[][] row = new byte[columns][];
            for (int i = 0; i < columns; i++) {
                if (raw) {
                    row[i] = rs.getBytes(i + 1);
                } else {
                    String value = rs.getString(i + 1);
                    row[i] = value == null ? null : value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            consumer.accept(row);
        }, args);
    }

    private volatile Boolean mysql;

    /** Whether the database is MySQL or MariaDB (not the embedded H2). */
    public boolean isMysqlServer() {
        return isMysql();
    }

    private boolean isMysql() {
        Boolean m = mysql;
        if (m == null) {
            m = jdbc.execute((java.sql.Connection c) -> {
                String product = c.getMetaData().getDatabaseProductName().toLowerCase();
                return product.contains("mysql") || product.contains("mariadb");
            });
            mysql = m;
        }
        return m;
    }

    private volatile Boolean textRows;

    /**
     * Whether results come in MySQL's text protocol, every value as its text: MySQL or MariaDB through
     * Connector/J without server-side prepared statements or cursor fetch, which would send dates as binary
     * structures (options an operator may put in AOB_DB_URL).
     */
    boolean textRows() {
        Boolean t = textRows;
        if (t == null) {
            t = isMysql() && jdbc.execute((java.sql.Connection c) -> {
                try {
                    com.mysql.cj.conf.PropertySet properties = c.unwrap(com.mysql.cj.jdbc.JdbcConnection.class).getPropertySet();
                    return !properties.getBooleanProperty(com.mysql.cj.conf.PropertyKey.useServerPrepStmts).getValue()
                            && !properties.getBooleanProperty(com.mysql.cj.conf.PropertyKey.useCursorFetch).getValue();
                } catch (java.sql.SQLException notConnectorJ) {
                    return false;
                }
            });
            textRows = t;
        }
        return t;
    }

    private volatile Boolean localInfile;

    /**
     * Whether bulk rows can go as LOAD DATA LOCAL INFILE from memory: MySQL or MariaDB with the
     * server's local_infile on and the driver's allowLoadLocalInfile (added to the URL unless it
     * says otherwise). Otherwise they go as multi-row INSERTs.
     */
    public boolean localInfile() {
        Boolean l = localInfile;
        if (l == null) {
            l = isMysql() && jdbc.execute((java.sql.Connection c) -> {
                try {
                    com.mysql.cj.jdbc.JdbcConnection mysqlConnection = c.unwrap(com.mysql.cj.jdbc.JdbcConnection.class);
                    if (!mysqlConnection.getPropertySet().getBooleanProperty(
                            com.mysql.cj.conf.PropertyKey.allowLoadLocalInfile).getValue()) {
                        return false;
                    }
                } catch (java.sql.SQLException notConnectorJ) {
                    return false;
                }
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT @@GLOBAL.local_infile")) {
                    return rs.next() && rs.getInt(1) == 1;
                }
            });
            localInfile = l;
        }
        return l;
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
