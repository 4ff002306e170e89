package com.aobsettlement.cli;

import com.aobsettlement.store.LocalInfileGuard;
import java.util.Map;

/**
 * The database URL in effect (AOB_DB_URL from the given settings, a system property or the
 * environment; else the embedded H2 file), with the MySQL driver options the jobs rely on added
 * when the URL lacks them: rewritten batch inserts (one multi-row INSERT per JDBC batch), and
 * allowLoadLocalInfile, with which bulk rows go to the server as LOAD DATA LOCAL INFILE streamed
 * from memory (the project never names a file; a URL with allowLoadLocalInfile=false turns it off,
 * and the rows go as multi-row INSERTs), with LocalInfileGuard, which keeps the driver from sending
 * a file that a server asks for by name. With AOB_DB_CA (a PEM file) the driver verifies the
 * server: sslMode=VERIFY_IDENTITY unless the URL asks for VERIFY_CA, and a trust store holding
 * exactly that CA (SettingsCheck refuses the combinations that would not verify).
 */
public record DatabaseSettings(String url) {
    public static final String EMBEDDED = "jdbc:h2:file:./data/aob;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
            + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE";

    public static DatabaseSettings resolve(Map<String, String> settings) {
        String url = setting(settings, "AOB_DB_URL");
        if (url == null || url.isBlank()) {
            return new DatabaseSettings(EMBEDDED);
        }
        return new DatabaseSettings(tune(url.trim(), setting(settings, "AOB_DB_CA")));
    }

    static String setting(Map<String, String> settings, String name) {
        String value = settings.get(name);
        return value != null ? value : System.getProperty(name, System.getenv(name));
    }

    static String tune(String url) {
        return tune(url, null);
    }

    /** @param ca AOB_DB_CA, the PEM file of the CA that signed the server's certificate, or null/blank */
    static String tune(String url, String ca) {
        if (!(url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:"))) {
            return url;
        }
        StringBuilder sb = new StringBuilder(url);
        char sep = url.contains("?") ? '&' : '?';
        if (!url.contains("rewriteBatchedStatements")) {
            sb.append(sep).append("rewriteBatchedStatements=true");
            sep = '&';
        }
        if (!url.contains("allowLoadLocalInfile")) {
            sb.append(sep).append("allowLoadLocalInfile=true");
            sep = '&';
        }
        if (!url.contains("queryInterceptors")) {
            sb.append(sep).append("queryInterceptors=").append(LocalInfileGuard.class.getName());
            sep = '&';
        }
        if (!url.contains("allowPublicKeyRetrieval")) {
            sb.append(sep).append("allowPublicKeyRetrieval=true");
            sep = '&';
        }
        boolean verify = ca != null && !ca.isBlank();
        if (verify) {
            if (!url.contains("sslMode")) {
                sb.append(sep).append("sslMode=VERIFY_IDENTITY");
            }
            sb.append('&').append(DatabaseTrust.driverOptions(ca.trim()));
        } else if (!url.contains("useSSL") && !url.contains("sslMode")) {
            sb.append(sep).append("sslMode=PREFERRED");
        }
        return sb.toString();
    }

    /** The URL without credentials or options, for messages. */
    public String safeUrl() {
        String u = url;
        int q = u.indexOf('?');
        if (q >= 0) {
            u = u.substring(0, q);
        }
        int semicolon = u.indexOf(';');
        if (semicolon >= 0) {
            u = u.substring(0, semicolon);
        }
        return u.replaceAll("//[^/@]*@", "//");
    }
}
