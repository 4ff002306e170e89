package com.aobsettlement.cli;

import com.aobsettlement.batch.PrintableText;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

/**
 * AOB_PUSHGATEWAY_URL: a command-line run pushes its final metrics (the Spring Batch meters of its job
 * and the business gauges) to a Prometheus Pushgateway when its context closes, grouped by the
 * command word, through Boot's pushgateway support (management.prometheus.metrics.export.pushgateway.*).
 */
final class Pushgateway {
    private Pushgateway() {
    }

    /** The Spring properties for the URL, none when it is unset; a URL that is not http(s)://HOST[:PORT] is a usage error. */
    static List<String> properties(Map<String, String> settings, String command) {
        String url = SettingsCheck.value(settings, "AOB_PUSHGATEWAY_URL");
        if (url == null || url.isBlank()) {
            return List.of();
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                || uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
            throw new UsageException("AOB_PUSHGATEWAY_URL '" + PrintableText.escape(url) + "' must be http://HOST:PORT of a "
                    + "Prometheus Pushgateway, e.g. http://127.0.0.1:9091.");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        String prefix = "--management.prometheus.metrics.export.pushgateway.";
        return List.of(prefix + "enabled=true", prefix + "scheme=" + uri.getScheme(), prefix + "address=" + uri.getHost() + ":" + port,
                prefix + "grouping-key.command=" + command);
    }

    static boolean enabled(Map<String, String> settings) {
        String url = SettingsCheck.value(settings, "AOB_PUSHGATEWAY_URL");
        return url != null && !url.isBlank();
    }
}
