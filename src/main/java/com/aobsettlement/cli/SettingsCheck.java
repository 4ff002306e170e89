package com.aobsettlement.cli;

import com.aobsettlement.batch.PrintableText;
import com.aobsettlement.settlement.remote.RemoteSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;

/**
 * Checks the AOB_* settings a user can get wrong before anything starts (exit 2 with a plain message).
 * It runs before the Spring context, so before logging opens its file in AOB_LOG_DIR: a log folder
 * that cannot be written would otherwise print logback's trace and run on without a log.
 */
final class SettingsCheck {
    /** The folders the application writes, with their defaults (application.properties). */
    private static final String[][] FOLDERS = {{"AOB_LOG_DIR", "./logs"}, {"AOB_REPORTS_DIR", "./reports"},
        {"AOB_QUARANTINE_DIR", "./quarantine"}};
    private static final String SUPPORTED = "use MySQL 8 / MariaDB 10.11+, or leave AOB_DB_URL unset for the embedded database.";
    private static final Map<String, String> OTHER_DATABASES = Map.of("postgresql", "PostgreSQL", "pgsql", "PostgreSQL",
            "oracle", "Oracle", "sqlserver", "SQL Server", "jtds", "SQL Server", "sqlite", "SQLite", "db2", "Db2",
            "derby", "Derby", "hsqldb", "HSQLDB");

    private SettingsCheck() {
    }

    static void validate(Map<String, String> settings) {
        String zone = value(settings, "AOB_ZONE");
        if (zone != null) {
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw new UsageException("AOB_ZONE '" + PrintableText.escape(zone) + "' is not a time zone. Use a region id such as "
                        + "America/New_York.");
            }
        }
        String settleAt = value(settings, "AOB_SETTLE_AT");
        if (settleAt != null && !settleAt.matches("([01]\\d|2[0-3]):[0-5]\\d")) {
            throw new UsageException("AOB_SETTLE_AT '" + PrintableText.escape(settleAt) + "' is not a time of day. Use HH:MM "
                    + "(24 hours, in AOB_ZONE), e.g. 20:30.");
        }
        for (String name : new String[] {"AOB_CHUNK_SIZE", "AOB_IMPORT_CHUNK_SIZE", "AOB_DB_POOL_SIZE", "AOB_SCHEDULE_RETRIES"}) {
            String text = value(settings, name);
            if (text != null && !text.matches("\\d{1,6}") || text != null && Integer.parseInt(text) < 1) {
                throw new UsageException(name + " '" + PrintableText.escape(text) + "' must be a whole number from 1 to 999999.");
            }
        }
        databaseUrl(value(settings, "AOB_DB_URL"));
        databaseCa(value(settings, "AOB_DB_URL"), value(settings, "AOB_DB_CA"));
        for (String[] folder : FOLDERS) {
            String text = value(settings, folder[0]);
            if (text == null || text.isBlank()) {
                writableFolder(folder[0], folder[1] + " (the default)", Path.of(folder[1]));
                continue;
            }
            try {
                writableFolder(folder[0], text, Path.of(text));
            } catch (InvalidPathException e) {
                throw new UsageException(folder[0] + " '" + PrintableText.escape(text) + "' is not a path: " + e.getReason() + ".");
            }
        }
    }

    /**
     * The remote partitioning settings (README "Running on several machines"). The manager ({@code settle} or
     * {@code restart} with AOB_PARTITIONING=remote) and {@code worker} share one database, so the embedded H2
     * file, which one process opens at a time, is refused for them.
     */
    static void remote(Map<String, String> settings, boolean manager, boolean worker) {
        String mode = value(settings, "AOB_PARTITIONING");
        if (mode != null && !mode.isBlank() && !mode.trim().equalsIgnoreCase("local") && !mode.trim().equalsIgnoreCase("remote")) {
            throw new UsageException("AOB_PARTITIONING '" + PrintableText.escape(mode) + "' must be local (the default: threads "
                    + "of this process) or remote (worker processes over RabbitMQ).");
        }
        for (String name : new String[] {"AOB_REMOTE_TIMEOUT", "AOB_REMOTE_POLL"}) {
            String text = value(settings, name);
            if (text != null && !positiveDuration(text)) {
                throw new UsageException(name + " '" + PrintableText.escape(text) + "' must be a duration such as 90s, 30m or 2h.");
            }
        }
        String url = value(settings, "AOB_AMQP_URL");
        if (url != null && !url.isBlank() && !url.trim().matches("amqps?://[^\\s]+")) {
            throw new UsageException("AOB_AMQP_URL must be a URL such as amqp://USER:PASSWORD@HOST:5672/ (or amqps:// for TLS).");
        }
        String threads = value(settings, "AOB_WORKER_THREADS");
        if (threads != null && !threads.trim().matches("[1-9]|[1-5][0-9]|6[0-4]")) {
            throw new UsageException("AOB_WORKER_THREADS '" + PrintableText.escape(threads) + "' must be a number from 1 to 64: "
                    + "how many partitions one worker runs at once.");
        }
        String ca = value(settings, "AOB_AMQP_CA");
        if (ca != null && !ca.isBlank() && !java.nio.file.Files.isReadable(java.nio.file.Path.of(ca.trim()))) {
            throw new UsageException("AOB_AMQP_CA " + PrintableText.escape(ca) + " is not a readable file. Set AOB_AMQP_CA to the "
                    + "PEM file of the CA that signed the broker's certificate.");
        }
        boolean remote = worker || manager && mode != null && mode.trim().equalsIgnoreCase("remote");
        String db = value(settings, "AOB_DB_URL");
        if (remote && (db == null || db.isBlank() || db.trim().startsWith("jdbc:h2:"))) {
            throw new UsageException((worker ? "worker" : "AOB_PARTITIONING=remote") + " needs the MySQL/MariaDB database that "
                    + "the manager and its workers share (AOB_DB_URL): the embedded H2 file is one process's.");
        }
    }

    /** A duration as RemoteSettings reads it (the one place of the rule), and not zero. */
    private static boolean positiveDuration(String text) {
        try {
            return !RemoteSettings.duration(text).isZero();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** MySQL (Connector/J, which serves MariaDB too) or H2 are the drivers the application has. */
    private static void databaseUrl(String url) {
        if (url == null || url.isBlank()) {
            return;
        }
        String u = url.trim();
        if (!u.startsWith("jdbc:")) {
            throw new UsageException("AOB_DB_URL must be a JDBC URL such as jdbc:mysql://127.0.0.1:3306/aob.");
        }
        int colon = u.indexOf(':', "jdbc:".length());
        String kind = colon < 0 ? u.substring("jdbc:".length()) : u.substring("jdbc:".length(), colon);
        if (kind.equals("mysql") || kind.equals("h2")) {
            return;
        }
        if (kind.equals("mariadb")) {
            throw new UsageException("jdbc:mariadb: URLs need the MariaDB driver, which is not included: write the URL as "
                    + "jdbc:mysql://HOST:PORT/DATABASE (the MySQL driver serves MariaDB 10.11+ too).");
        }
        String name = OTHER_DATABASES.get(kind);
        throw new UsageException((name != null ? name : "jdbc:" + PrintableText.escape(kind) + ":") + " is not supported: "
                + SUPPORTED);
    }

    private static final java.util.regex.Pattern SSL_MODE = java.util.regex.Pattern.compile("[?&]sslMode=([^&]*)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * AOB_DB_CA makes the driver verify the server (README "TLS between machines"): refused where it
     * would not, so that a setting meant to protect never silently protects nothing.
     */
    private static void databaseCa(String url, String ca) {
        if (ca == null || ca.isBlank()) {
            return;
        }
        String u = url == null ? "" : url.trim();
        if (!u.startsWith("jdbc:mysql:")) {
            throw new UsageException("AOB_DB_CA is for a MySQL/MariaDB server on the network: set AOB_DB_URL to its "
                    + "jdbc:mysql://HOST:PORT/DATABASE URL, or unset AOB_DB_CA.");
        }
        if (u.toLowerCase(java.util.Locale.ROOT).contains("trustcertificatekeystoreurl")) {
            throw new UsageException("AOB_DB_URL names a trust store (trustCertificateKeyStoreUrl) and AOB_DB_CA is set too: "
                    + "keep one of the two.");
        }
        java.util.regex.Matcher mode = SSL_MODE.matcher(u);
        if (mode.find() && !mode.group(1).equalsIgnoreCase("VERIFY_IDENTITY") && !mode.group(1).equalsIgnoreCase("VERIFY_CA")) {
            throw new UsageException("AOB_DB_URL says sslMode=" + PrintableText.escape(mode.group(1)) + ", which does not "
                    + "verify the server, while AOB_DB_CA is set: remove sslMode from AOB_DB_URL (VERIFY_IDENTITY is then used).");
        }
        DatabaseTrust.certificates(ca.trim());
    }

    /**
     * The folder exists and takes a new file, or it can be created: its nearest existing parent takes
     * a new folder. Both are tried (and removed at once), since permissions alone do not tell: root
     * passes them, and a read-only file system refuses even root.
     */
    private static void writableFolder(String name, String shown, Path folder) {
        String problem = null;
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.isDirectory(dir)) {
            if (!canCreateIn(dir, false)) {
                problem = "is not writable";
            }
        } else if (Files.exists(dir)) {
            problem = "is a file, not a folder";
        } else {
            Path parent = dir.getParent();
            while (parent != null && !Files.exists(parent)) {
                parent = parent.getParent();
            }
            if (parent != null && !Files.isDirectory(parent)) {
                problem = "cannot be created (" + PrintableText.escape(parent.toString()) + " is a file)";
            } else if (parent != null && !canCreateIn(parent, true)) {
                problem = "cannot be created (" + PrintableText.escape(parent.toString()) + " is not writable)";
            }
        }
        if (problem != null) {
            throw new UsageException(name + " " + PrintableText.escape(shown) + " " + problem + ". Set " + name
                    + " to a folder this user can write to (it is created when missing).");
        }
    }

    private static boolean canCreateIn(Path dir, boolean folder) {
        try {
            Path probe = folder ? Files.createTempDirectory(dir, ".aob-check") : Files.createTempFile(dir, ".aob-check", "");
            Files.delete(probe);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    static String value(Map<String, String> settings, String name) {
        String v = settings.get(name);
        if (v == null) {
            v = System.getProperty(name, System.getenv(name));
        }
        return v;
    }
}
