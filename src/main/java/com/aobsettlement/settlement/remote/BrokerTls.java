package com.aobsettlement.settlement.remote;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS for an {@code amqps://} broker address. The RabbitMQ client's own {@code setUri("amqps://…")}
 * turns TLS on with a trust manager that accepts any certificate; this replaces it with one that
 * trusts the operator's CA ({@code AOB_AMQP_CA}, a PEM file) or, without it, the JVM's trust store,
 * and checks that the certificate names the host.
 */
final class BrokerTls {
    private BrokerTls() {
    }

    /** The verifying TLS context for the broker; a plain IllegalArgumentException when the CA file is unusable. */
    static SSLContext context(String caFile) {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(caFile == null || caFile.isBlank() ? null : store(Path.of(caFile.trim())));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot set up TLS to the broker: " + e.getMessage(), e);
        }
    }

    private static KeyStore store(Path pem) throws GeneralSecurityException {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(pem)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException | GeneralSecurityException e) {
            certificates = java.util.List.of();
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("AOB_AMQP_CA " + pem + " is not a readable PEM file of certificates. Set "
                    + "AOB_AMQP_CA to the PEM file of the CA that signed the broker's certificate.");
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        int i = 0;
        for (Certificate certificate : certificates) {
            store.setCertificateEntry("aob-amqp-ca-" + i++, certificate);
        }
        return store;
    }
}
