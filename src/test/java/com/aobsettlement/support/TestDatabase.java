package com.aobsettlement.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of its own for one test: on the MySQL-protocol server of AOB_TEST_DB_URL (default
 * the local MariaDB), a uniquely named database dropped on close; or an H2 file in MySQL mode.
 */
public final class TestDatabase implements AutoCloseable {
    private final String url;
    private final String user;
    private final String password;
    private final String dropName;

    private TestDatabase(String url, String user, String password, String dropName) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.dropName = dropName;
    }

    public static String serverUrl() {
        String url = System.getenv().getOrDefault("AOB_TEST_DB_URL", "jdbc:mysql://127.0.0.1:3306/");
        return url.endsWith("/") ? url : url + "/";
    }

    static String serverUser() {
        return System.getenv().getOrDefault("AOB_TEST_DB_USER", "root");
    }

    static String serverPassword() {
        return System.getenv().getOrDefault("AOB_TEST_DB_PASSWORD", "");
    }

    public static TestDatabase mariadb() {
        String name = "aob_test_" + HexFormat.of().formatHex(ThreadLocalRandom.current().nextLong() > 0
                ? longBytes() : longBytes());
        try (Connection c = DriverManager.getConnection(serverUrl(), serverUser(), serverPassword());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + serverUrl()
                    + " (run `make test`, which starts MariaDB, or set AOB_TEST_DB_URL): " + e.getMessage(), e);
        }
        return new TestDatabase(serverUrl() + name, serverUser(), serverPassword(), name);
    }

    public static TestDatabase h2(Path dir) {
        return new TestDatabase("jdbc:h2:file:" + dir.toAbsolutePath() + "/aob;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE", "sa", "", null);
    }

    private static byte[] longBytes() {
        byte[] bytes = new byte[6];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    public String url() {
        return url;
    }

    public boolean isMariadb() {
        return dropName != null;
    }

    /** The AOB_* settings that point the application at this database and the given folders. */
    public Map<String, String> settings(Path workDir) {
        Map<String, String> settings = new HashMap<>();
        settings.put("AOB_DB_URL", url);
        settings.put("AOB_DB_USER", user);
        settings.put("AOB_DB_PASSWORD", password);
        settings.put("AOB_REPORTS_DIR", workDir.resolve("reports").toString());
        settings.put("AOB_LOG_DIR", workDir.resolve("logs").toString());
        return settings;
    }

    public JdbcTemplate jdbc() {
        DriverManagerDataSource ds = new DriverManagerDataSource(url, user, password);
        return new JdbcTemplate(ds);
    }

    /** A JdbcTemplate on this database with driver options added to the URL (MariaDB), e.g. "allowLoadLocalInfile=true". */
    public JdbcTemplate jdbc(String urlOptions) {
        return new JdbcTemplate(new DriverManagerDataSource(url + "?" + urlOptions, user, password));
    }

    @Override
    public void close() {
        if (dropName == null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(serverUrl(), serverUser(), serverPassword());
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + dropName);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + dropName, e);
        }
    }
}
