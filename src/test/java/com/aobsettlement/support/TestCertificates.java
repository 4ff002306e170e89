package com.aobsettlement.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A certificate authority made with openssl in a folder of a test's own ({@code ca.pem}, {@code ca.key}),
 * the certificates it signs for a host ({@link #signed}), and another CA that signs nothing, for the
 * cases where a certificate must be refused ({@link #anotherCa}). Keys are EC prime256v1: MariaDB, socat
 * and the JVM's TLS all take them. What openssl prints goes to {@code openssl.log} in the folder; the
 * folder is the test's to remove.
 */
public final class TestCertificates {
    /** A certificate and its private key, both PEM files. */
    public record Issued(Path certificate, Path key) {
    }

    private final Path dir;

    private TestCertificates(Path dir) {
        this.dir = dir;
    }

    /** Makes the folder (if missing) and a self-signed CA named {@code caName} in it. */
    public static TestCertificates authority(Path dir, String caName) {
        TestCertificates certificates = new TestCertificates(dir.toAbsolutePath());
        certificates.selfSigned(caName, "ca");
        return certificates;
    }

    public Path dir() {
        return dir;
    }

    /** The PEM file of this CA. */
    public Path ca() {
        return dir.resolve("ca.pem");
    }

    /**
     * A key and a certificate this CA signed for {@code cn}, with the subjectAltName entries
     * {@code sans} (such as {@code DNS:localhost} or {@code IP:127.0.0.1}): {@code name.pem} and
     * {@code name.key} in the folder.
     */
    public Issued signed(String name, String cn, String... sans) {
        if (sans.length == 0) {
            throw new IllegalArgumentException("a certificate for " + cn + " needs a subjectAltName (the host name is checked against it)");
        }
        write(name + ".ext", "subjectAltName=" + String.join(",", sans) + "\n");
        openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-subj", "/CN=" + cn,
                "-keyout", name + ".key", "-out", name + ".csr");
        openssl("x509", "-req", "-days", "2", "-in", name + ".csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                "-extfile", name + ".ext", "-out", name + ".pem");
        return new Issued(dir.resolve(name + ".pem"), dir.resolve(name + ".key"));
    }

    /** The PEM file of another CA ("AOB other CA"), which signed none of these certificates; made on the first call. */
    public Path anotherCa() {
        Path pem = dir.resolve("other-ca.pem");
        if (!Files.exists(pem)) {
            selfSigned("AOB other CA", "other-ca");
        }
        return pem;
    }

    private void selfSigned(String cn, String file) {
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
                "-subj", "/CN=" + cn, "-keyout", file + ".key", "-out", file + ".pem");
    }

    private void openssl(String... args) {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Commands.run(dir, command, "openssl.log");
    }

    private void write(String file, String text) {
        Commands.write(dir, file, text);
    }
}
