package com.aobsettlement.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aobsettlement.support.AppProcess;
import com.aobsettlement.support.Scenario;
import com.aobsettlement.support.TlsMariaDb;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, TLS across machines: a second MariaDB that takes TLS connections only, with a CA made
 * for the test. The worked examples are imported and settled through it with AOB_DB_CA (the driver
 * verifies the certificate and the host name), the settlement by a child process as an operator
 * runs it; a CA that did not sign the server's certificate, and a certificate issued for another
 * host, are each refused with exit 2 and one plain line, before anything starts.
 */
class DatabaseTlsIT {
    static final String DATE = "2026-11-26";
    final Scenario scenario = new Scenario("worked-examples");

    @Test
    void settlesThroughAVerifiedConnectionAndRefusesACertificateThatDoesNotMatch(@TempDir Path work) throws Exception {
        long begin = System.nanoTime();
        try (TlsMariaDb server = TlsMariaDb.start(work.resolve("second-mariadb"))) {
            Map<String, String> settings = new HashMap<>();
            settings.put("AOB_DB_URL", server.url());
            settings.put("AOB_DB_USER", TlsMariaDb.USER);
            settings.put("AOB_DB_PASSWORD", server.password());
            settings.put("AOB_DB_CA", server.ca().toString());
            settings.put("AOB_REPORTS_DIR", work.resolve("reports").toString());
            settings.put("AOB_LOG_DIR", work.resolve("logs").toString());
            settings.put("AOB_QUARANTINE_DIR", work.resolve("quarantine").toString());

            // The application's URL verifies the server, and what it opens is TLS; plain connections are refused.
            String url = DatabaseSettings.resolve(settings).url();
            assertThat(url).contains("sslMode=VERIFY_IDENTITY").contains("trustCertificateKeyStoreUrl=file:");
            try (Connection c = DriverManager.getConnection(url, TlsMariaDb.USER, server.password());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SHOW SESSION STATUS WHERE Variable_name IN ('Ssl_version', 'Ssl_cipher')")) {
                Map<String, String> status = new HashMap<>();
                while (rs.next()) {
                    status.put(rs.getString(1), rs.getString(2));
                }
                assertThat(status.get("Ssl_version")).startsWith("TLSv1.");
                assertThat(status.get("Ssl_cipher")).isNotBlank();
                try (ResultSet secure = s.executeQuery("SELECT @@GLOBAL.require_secure_transport")) {
                    assertThat(secure.next()).isTrue();
                    assertThat(secure.getInt(1)).as("require_secure_transport").isEqualTo(1);
                }
            }
            assertThatThrownBy(() -> DriverManager.getConnection(server.url() + "?sslMode=DISABLED&allowPublicKeyRetrieval=true",
                    TlsMariaDb.USER, server.password()).close())
                    .as("a connection without TLS").isInstanceOf(SQLException.class);

            // Imported in this JVM (one context for the five files), settled by a child process: the expected report files.
            long started = System.nanoTime();
            try (ConfigurableApplicationContext context = AobSettlementCli.openContext(settings)) {
                for (String kind : Scenario.IMPORT_ORDER) {
                    Path file = scenario.input(kind.replace('-', '_') + ".csv");
                    if (Files.exists(file)) {
                        ByteArrayOutputStream err = new ByteArrayOutputStream();
                        int code = AobSettlementCli.execute(context, CommandParser.parse(new String[] {"import", kind, file.toString()}),
                                new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
                        assertThat(code).as(kind + ": " + err.toString(StandardCharsets.UTF_8)).isZero();
                    }
                }
            }
            long imported = System.nanoTime();
            AppProcess settle = AppProcess.start(work, settings, Map.of(), "settle", "--date", DATE);
            assertThat(settle.waitFor(Duration.ofSeconds(180))).as(settle.toString()).isZero();
            assertThat(settle.out()).contains("Settlement of " + DATE + " completed");
            scenario.assertReports(work.resolve("reports"), DATE);
            long settled = System.nanoTime();

            // A CA that did not sign the server's certificate.
            Map<String, String> otherCa = new HashMap<>(settings);
            otherCa.put("AOB_DB_CA", server.otherCa().toString());
            AppProcess unknown = AppProcess.start(work, otherCa, Map.of(), "settle", "--date", "2026-11-27");
            assertThat(unknown.waitFor(Duration.ofSeconds(120))).as(unknown.toString()).isEqualTo(2);
            assertThat(unknown.err()).isEqualTo("Refused the database " + server.url() + ": its TLS certificate is not "
                    + "signed by the CA in AOB_DB_CA (" + server.otherCa() + "). Set AOB_DB_CA to the PEM file of the CA "
                    + "that signed the server's certificate.\n");

            // The right CA, but the server now presents a certificate issued for another host.
            server.serveCertificateFor(TlsMariaDb.OTHER_NAME);
            AppProcess mismatch = AppProcess.start(work, settings, Map.of(), "settle", "--date", "2026-11-27");
            assertThat(mismatch.waitFor(Duration.ofSeconds(120))).as(mismatch.toString()).isEqualTo(2);
            assertThat(mismatch.err()).isEqualTo("Refused the database " + server.url() + ": its TLS certificate is not "
                    + "issued for the host 127.0.0.1. Write AOB_DB_URL with a host name that the certificate names, or have "
                    + "the certificate reissued for this name.\n");
            assertThat(mismatch.out()).isEmpty();
            assertThat(work.resolve("reports/daily/2026-11-27")).doesNotExist();
            System.out.printf("TLS test: server up %.1f s, import %.1f s, settle (child) %.1f s, two refusals (children) %.1f s%n",
                    (started - begin) / 1e9, (imported - started) / 1e9, (settled - imported) / 1e9,
                    (System.nanoTime() - settled) / 1e9);
        }
        assertThat(Files.exists(work.resolve("second-mariadb"))).as("the second server's files are removed").isFalse();
    }
}
