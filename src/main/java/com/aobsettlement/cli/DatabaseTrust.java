package com.aobsettlement.cli;

import com.aobsettlement.batch.PrintableText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * AOB_DB_CA, the PEM file of the certificate authority (or authorities) that signed the database
 * server's certificate, turned into what Connector/J takes: it reads trusted certificates only from
 * a JKS or PKCS12 key store named by a URL (trustCertificateKeyStoreUrl), not from PEM. The store is
 * written once per process to a temporary file (owner-only, removed when the JVM exits); it holds
 * public certificates only, so its random password guards nothing secret.
 */
final class DatabaseTrust {
    private static final Map<Path, String> OPTIONS = new ConcurrentHashMap<>();

    private DatabaseTrust() {
    }

    /** The certificates in the PEM file; a plain UsageException when it cannot be read or holds none. */
    static List<Certificate> certificates(String setting) {
        Path pem = Path.of(setting);
        String shown = PrintableText.escape(setting);
        if (!Files.isRegularFile(pem) || !Files.isReadable(pem)) {
            throw new UsageException("AOB_DB_CA " + shown + " is not a readable file. Set AOB_DB_CA to the PEM file of the CA "
                    + "that signed the database server's certificate.");
        }
        try (InputStream in = Files.newInputStream(pem)) {
            List<Certificate> certificates = new ArrayList<>(CertificateFactory.getInstance("X.509").generateCertificates(in));
            if (!certificates.isEmpty()) {
                return certificates;
            }
        } catch (IOException | GeneralSecurityException e) {
            // the same advice as for a file without certificates
        }
        throw new UsageException("AOB_DB_CA " + shown + " holds no PEM certificate (-----BEGIN CERTIFICATE-----). Set "
                + "AOB_DB_CA to the PEM file of the CA that signed the database server's certificate.");
    }

    /** The Connector/J options that trust exactly the certificates of the PEM file (without a leading separator). */
    static String driverOptions(String setting) {
        Path pem = Path.of(setting).toAbsolutePath().normalize();
        return OPTIONS.computeIfAbsent(pem, p -> writeStore(certificates(p.toString())));
    }

    private static String writeStore(List<Certificate> certificates) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            for (int i = 0; i < certificates.size(); i++) {
                store.setCertificateEntry("aob-db-ca-" + i, certificates.get(i));
            }
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            String password = HexFormat.of().formatHex(random);
            Path file = Files.createTempFile("aob-db-ca-", ".p12"); // rw------- on POSIX
            file.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password.toCharArray());
            }
            return "trustCertificateKeyStoreUrl=" + file.toUri() + "&trustCertificateKeyStoreType=PKCS12"
                    + "&trustCertificateKeyStorePassword=" + password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trust store for AOB_DB_CA", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the trust store for AOB_DB_CA", e);
        }
    }
}
