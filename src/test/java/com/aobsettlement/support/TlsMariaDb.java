package com.aobsettlement.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A second MariaDB server of its own, in a folder of its own, that takes TLS connections only
 * (require_secure_transport, and a user that REQUIREs SSL): a certificate authority made here with
 * openssl ({@link TestCertificates}), a server certificate it signed for localhost / 127.0.0.1, and
 * one for another name that {@link #serveCertificateFor} swaps in with FLUSH SSL. {@link #close} stops
 * the server and removes the folder.
 */
public final class TlsMariaDb implements AutoCloseable {
    public static final String DATABASE = "aob";
    public static final String USER = "aob";
    public static final String OTHER_NAME = "db.elsewhere.test";

    private final Path dir;
    private final int port;
    private final String password;
    private TestCertificates certificates;
    private Path otherCa;
    private TestCertificates.Issued serverCertificate;
    private TestCertificates.Issued otherCertificate;
    private Process server;

    private TlsMariaDb(Path dir, int port, String password) {
        this.dir = dir;
        this.port = port;
        this.password = password;
    }

    /** Makes the certificates, creates the data folder and starts the server; stops it again if anything fails. */
    public static TlsMariaDb start(Path dir) {
        for (String tool : new String[] {"openssl", "mariadb-install-db"}) {
            if (!onPath(tool)) {
                throw new IllegalStateException(tool + " is not installed: the TLS test starts a MariaDB server of its own "
                        + "(apt-get install mariadb-server openssl).");
            }
        }
        TlsMariaDb db = new TlsMariaDb(dir.toAbsolutePath(), freePort(), HexFormat.of().formatHex(randomBytes()));
        try {
            db.certificates();
            db.install();
            db.launch();
            return db;
        } catch (RuntimeException | Error e) {
            db.close();
            throw e;
        }
    }

    public int port() {
        return port;
    }

    public String password() {
        return password;
    }

    /** The PEM file of the CA that signed both server certificates. */
    public Path ca() {
        return certificates.ca();
    }

    /** The PEM file of a CA that signed neither. */
    public Path otherCa() {
        return otherCa;
    }

    public String url() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** From now on the server presents the certificate (of the same CA) issued for {@link #OTHER_NAME} only. */
    public void serveCertificateFor(String name) {
        if (!name.equals(OTHER_NAME)) {
            throw new IllegalArgumentException(name);
        }
        try {
            Files.copy(otherCertificate.certificate(), serverCertificate.certificate(), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(otherCertificate.key(), serverCertificate.key(), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = DriverManager.getConnection(url() + "?sslMode=REQUIRED", USER, password);
             Statement s = c.createStatement()) {
            s.execute("FLUSH SSL");
        } catch (SQLException e) {
            throw new IllegalStateException("FLUSH SSL failed", e);
        }
    }

    private void certificates() {
        certificates = TestCertificates.authority(dir, "AOB test CA");
        otherCa = certificates.anotherCa();
        serverCertificate = certificates.signed("server", "localhost", "DNS:localhost", "IP:127.0.0.1");
        otherCertificate = certificates.signed("other", OTHER_NAME, "DNS:" + OTHER_NAME);
    }

    private void install() {
        write("init.sql", "CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;\n"
                + "CREATE USER IF NOT EXISTS '" + USER + "'@'%' IDENTIFIED BY '" + password + "' REQUIRE SSL;\n"
                + "GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'%';\n");
        List<String> command = new ArrayList<>(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + dir.resolve("data"),
                "--auth-root-authentication-method=socket", "--skip-test-db"));
        if (isRoot()) {
            command.add("--user=root");
        }
        run(command, "install.log");
    }

    private void launch() {
        List<String> command = new ArrayList<>(List.of(mariadbd(), "--no-defaults", "--datadir=" + dir.resolve("data"),
                "--bind-address=127.0.0.1", "--port=" + port, "--socket=" + dir.resolve("mariadb.sock"),
                "--pid-file=" + dir.resolve("mariadb.pid"), "--log-error=" + dir.resolve("error.log"),
                "--init-file=" + dir.resolve("init.sql"),
                "--ssl-ca=" + certificates.ca(), "--ssl-cert=" + serverCertificate.certificate(),
                "--ssl-key=" + serverCertificate.key(), "--require-secure-transport=ON",
                "--innodb-buffer-pool-size=64M", "--performance-schema=OFF", "--skip-log-bin",
                // a throw-away server: no flush to disk per commit, no doublewrite (the schema's DDL is most of its work)
                "--innodb-flush-log-at-trx-commit=0", "--innodb-doublewrite=0"));
        if (isRoot()) {
            command.add("--user=root"); // mariadbd refuses to run as root without it
        }
        try {
            server = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("mariadbd.out").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!read("error.log").contains("ready for connections")) {
            if (!server.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the second MariaDB did not start:\n" + read("error.log") + read("mariadbd.out"));
            }
            AppProcess.sleep(50);
        }
    }

    @Override
    public void close() {
        try {
            if (server != null && server.isAlive()) {
                server.destroy(); // SIGTERM: mariadbd shuts down cleanly
                if (!server.waitFor(60, TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            delete(dir);
        }
    }

    private static boolean onPath(String tool) {
        for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, tool))) {
                return true;
            }
        }
        return false;
    }

    private static String mariadbd() {
        return Files.isExecutable(Path.of("/usr/sbin/mariadbd")) ? "/usr/sbin/mariadbd" : "mariadbd";
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private void run(List<String> command, String log) {
        Commands.run(dir, command, log);
    }

    private void write(String file, String text) {
        Commands.write(dir, file, text);
    }

    private String read(String file) {
        try {
            Path p = dir.resolve(file);
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the second MariaDB's folder " + dir, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[12];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
