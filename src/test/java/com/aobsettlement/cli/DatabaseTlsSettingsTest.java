package com.aobsettlement.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Collections;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AOB_DB_CA: the driver options it becomes, the settings refused with it, and the line a refused certificate gives. */
class DatabaseTlsSettingsTest {
    static final Path CA = Path.of("src/test/resources/tls/test-ca.pem").toAbsolutePath();

    @Test
    void aCaMakesTheDriverVerifyTheServerAgainstExactlyThatCa() throws Exception {
        String url = DatabaseSettings.tune("jdbc:mysql://db.example:3306/aob", CA.toString());
        assertThat(url).startsWith("jdbc:mysql://db.example:3306/aob?rewriteBatchedStatements=true&allowLoadLocalInfile=true"
                + "&queryInterceptors=com.aobsettlement.store.LocalInfileGuard"
                + "&allowPublicKeyRetrieval=true&sslMode=VERIFY_IDENTITY&trustCertificateKeyStoreUrl=file:");
        assertThat(url).contains("&trustCertificateKeyStoreType=PKCS12&trustCertificateKeyStorePassword=");

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = URI.create(option(url, "trustCertificateKeyStoreUrl")).toURL().openStream()) {
            store.load(in, option(url, "trustCertificateKeyStorePassword").toCharArray());
        }
        assertThat(Collections.list(store.aliases())).containsExactly("aob-db-ca-0");
        assertThat(((X509Certificate) store.getCertificate("aob-db-ca-0")).getSubjectX500Principal().getName())
                .isEqualTo("CN=AOB unit test CA");

        // VERIFY_CA asked for in the URL stays; nothing is added where no CA is set.
        assertThat(DatabaseSettings.tune("jdbc:mysql://db:3306/aob?sslMode=VERIFY_CA", CA.toString()))
                .contains("sslMode=VERIFY_CA&").doesNotContain("VERIFY_IDENTITY");
        assertThat(DatabaseSettings.tune("jdbc:mysql://db:3306/aob", null)).endsWith("&sslMode=PREFERRED")
                .doesNotContain("trustCertificateKeyStore");
    }

    @Test
    void settingsThatWouldNotVerifyAreRefused(@TempDir Path work) throws Exception {
        assertThatThrownBy(() -> SettingsCheck.validate(with(work, null, CA.toString())))
                .isInstanceOf(UsageException.class)
                .hasMessage("AOB_DB_CA is for a MySQL/MariaDB server on the network: set AOB_DB_URL to its "
                        + "jdbc:mysql://HOST:PORT/DATABASE URL, or unset AOB_DB_CA.");
        assertThatThrownBy(() -> SettingsCheck.validate(with(work, "jdbc:mysql://db:3306/aob?sslMode=PREFERRED", CA.toString())))
                .hasMessage("AOB_DB_URL says sslMode=PREFERRED, which does not verify the server, while AOB_DB_CA is set: "
                        + "remove sslMode from AOB_DB_URL (VERIFY_IDENTITY is then used).");
        assertThatThrownBy(() -> SettingsCheck.validate(with(work,
                "jdbc:mysql://db:3306/aob?sslMode=VERIFY_IDENTITY&trustCertificateKeyStoreUrl=file:/etc/aob/ca.p12", CA.toString())))
                .hasMessage("AOB_DB_URL names a trust store (trustCertificateKeyStoreUrl) and AOB_DB_CA is set too: keep one "
                        + "of the two.");
        Path missing = work.resolve("missing.pem");
        assertThatThrownBy(() -> SettingsCheck.validate(with(work, "jdbc:mysql://db:3306/aob", missing.toString())))
                .hasMessage("AOB_DB_CA " + missing + " is not a readable file. Set AOB_DB_CA to the PEM file of the CA that "
                        + "signed the database server's certificate.");
        Path key = Files.writeString(work.resolve("server.key"), "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n"
                + "-----END PRIVATE KEY-----\n");
        assertThatThrownBy(() -> SettingsCheck.validate(with(work, "jdbc:mysql://db:3306/aob", key.toString())))
                .hasMessage("AOB_DB_CA " + key + " holds no PEM certificate (-----BEGIN CERTIFICATE-----). Set AOB_DB_CA to "
                        + "the PEM file of the CA that signed the database server's certificate.");

        SettingsCheck.validate(with(work, "jdbc:mysql://db:3306/aob", CA.toString()));
        SettingsCheck.validate(with(work, "jdbc:mysql://db:3306/aob?sslMode=VERIFY_CA", CA.toString()));
    }

    @Test
    void aRefusedCertificateIsOneLineThatSaysWhatToDo() {
        DatabaseSettings db = new DatabaseSettings("jdbc:mysql://user:secret@10.0.0.5:3306/aob?sslMode=VERIFY_IDENTITY");
        SQLException hostName = new SQLNonTransientConnectionException("Communications link failure",
                handshake(new CertificateException("Server identity verification failed. None of the "
                        + "certificate's DNS or IP Subject Alternative Name entries matched the server hostname/IP '10.0.0.5'.")));
        assertThat(StartupFailures.tls(hostName, db, "/etc/aob/db-ca.pem")).isEqualTo("Refused the database "
                + "jdbc:mysql://10.0.0.5:3306/aob: its TLS certificate is not issued for the host 10.0.0.5. Write AOB_DB_URL "
                + "with a host name that the certificate names, or have the certificate reissued for this name.");

        SQLException unknownCa = new SQLNonTransientConnectionException("Communications link failure",
                handshake(new CertificateException(
                        new CertPathValidatorException("Path does not chain with any of the trust anchors"))));
        assertThat(StartupFailures.tls(unknownCa, db, "/etc/aob/db-ca.pem")).isEqualTo("Refused the database "
                + "jdbc:mysql://10.0.0.5:3306/aob: its TLS certificate is not signed by the CA in AOB_DB_CA "
                + "(/etc/aob/db-ca.pem). Set AOB_DB_CA to the PEM file of the CA that signed the server's certificate.");
        assertThat(StartupFailures.tls(unknownCa, db, null)).contains("is not signed by a CA of the trust store in AOB_DB_URL "
                + "(trustCertificateKeyStoreUrl).");

        SQLException noTls = new SQLNonTransientConnectionException("SSL Connection required, but not provided by server.");
        assertThat(StartupFailures.tls(noTls, db, "/etc/aob/db-ca.pem")).isEqualTo("Refused the database "
                + "jdbc:mysql://10.0.0.5:3306/aob: the server offers no TLS, and the connection must be verified. Turn TLS on "
                + "at the server (ssl_cert, ssl_key, ssl_ca), or point AOB_DB_URL at the right server.");

        assertThat(StartupFailures.tls(new SQLException("Access denied for user 'aob'@'10.0.0.9' (using password: YES)"), db,
                "/etc/aob/db-ca.pem")).as("not a TLS failure: said as before, exit 1").isNull();
    }

    private static SSLHandshakeException handshake(Throwable cause) {
        SSLHandshakeException e = new SSLHandshakeException(cause.toString());
        e.initCause(cause);
        return e;
    }

    private static String option(String url, String name) {
        Matcher m = Pattern.compile("[?&]" + name + "=([^&]*)").matcher(url);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }

    private static Map<String, String> with(Path work, String url, String ca) {
        Map<String, String> settings = SettingsCheckTest.settings(work);
        if (url == null) {
            settings.remove("AOB_DB_URL");
        } else {
            settings.put("AOB_DB_URL", url);
        }
        settings.put("AOB_DB_CA", ca);
        return settings;
    }
}
