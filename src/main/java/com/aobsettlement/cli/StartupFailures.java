package com.aobsettlement.cli;

import java.sql.SQLException;

/** Plain words for why the application could not start; never a stack trace. */
final class StartupFailures {
    private StartupFailures() {
    }

    static String describe(Throwable e, DatabaseSettings database) {
        Throwable root = e;
        boolean sql = false;
        while (root.getCause() != null && root.getCause() != root) {
            sql |= root instanceof SQLException;
            root = root.getCause();
        }
        sql |= root instanceof SQLException || root instanceof java.net.ConnectException;
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().lines().findFirst().orElse("");
        if (sql) {
            return "Cannot use the database " + database.safeUrl() + ": " + message + "\n"
                    + "Check that it is running and that AOB_DB_URL, AOB_DB_USER and AOB_DB_PASSWORD are right.";
        }
        return "Cannot start: " + message + "\nThe log file (" + LogFiles.current() + ") has the details.";
    }
}
