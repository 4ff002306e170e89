package com.aobsettlement.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * One connection opened and closed at once, before the application starts, to learn whether the
 * server is accepted: a refused certificate is then told in one line at once, where the pool would
 * retry it until its start-up timeout and Flyway would wait for its own.
 */
public final class DatabaseHandshake {
    private DatabaseHandshake() {
    }

    /** Opens and closes one connection; the driver's exception when that fails. */
    public static void attempt(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        // The pool's connection-timeout (application.properties): a host that does not answer is not waited for longer.
        properties.setProperty("connectTimeout", "10000");
        try (Connection ignored = DriverManager.getConnection(url, properties)) {
            // connected: the certificate was accepted
        }
    }
}
