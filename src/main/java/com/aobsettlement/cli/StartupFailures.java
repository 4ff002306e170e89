package com.aobsettlement.cli;

import com.aobsettlement.batch.PrintableText;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.sql.SQLException;
import java.util.Locale;
import javax.net.ssl.SSLException;

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

    /**
     * One line when the failure is the server's TLS certificate or handshake (a setting to correct,
     * exit 2), else null. {@code caSetting} is AOB_DB_CA, or null when the trust comes from the URL.
     */
    static String tls(Throwable e, DatabaseSettings database, String caSetting) {
        String where = "Refused the database " + database.safeUrl() + ": ";
        String trust = caSetting != null ? "the CA in AOB_DB_CA (" + PrintableText.escape(caSetting) + ")"
                : "a CA of the trust store in AOB_DB_URL (trustCertificateKeyStoreUrl)";
        boolean handshake = false;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.contains("Server identity verification failed")) {
                return where + "its TLS certificate is not issued for the host " + host(database) + ". Write AOB_DB_URL "
                        + "with a host name that the certificate names, or have the certificate reissued for this name.";
            }
            if (t instanceof CertificateExpiredException || t instanceof CertificateNotYetValidException) {
                return where + "its TLS certificate (or its CA's) is out of its validity dates (" + PrintableText.escape(message)
                        + "). Have the server's certificate renewed.";
            }
            if (t instanceof CertPathValidatorException || message.contains("unable to find valid certification path")) {
                return where + "its TLS certificate is not signed by " + trust + ". Set AOB_DB_CA to the PEM file of the CA "
                        + "that signed the server's certificate.";
            }
            if (message.contains("SSL Connection required, but not provided by server")) {
                return where + "the server offers no TLS, and the connection must be verified. Turn TLS on at the server "
                        + "(ssl_cert, ssl_key, ssl_ca), or point AOB_DB_URL at the right server.";
            }
            handshake |= t instanceof SSLException;
        }
        if (handshake) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().lines().findFirst().orElse("");
            return where + "the TLS handshake failed (" + PrintableText.escape(message) + "). Check AOB_DB_CA and the "
                    + "server's TLS settings.";
        }
        return null;
    }

    /** The host:port of the URL, as the certificate must name it. */
    private static String host(DatabaseSettings database) {
        String u = database.safeUrl();
        int start = u.indexOf("//");
        if (start < 0) {
            return u;
        }
        String rest = u.substring(start + 2);
        int end = rest.indexOf('/');
        String hostPort = end < 0 ? rest : rest.substring(0, end);
        int colon = hostPort.lastIndexOf(':');
        return (colon > 0 && !hostPort.endsWith("]") ? hostPort.substring(0, colon) : hostPort).toLowerCase(Locale.ROOT);
    }
}
