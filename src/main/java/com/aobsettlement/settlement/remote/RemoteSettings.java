package com.aobsettlement.settlement.remote;

import java.net.URI;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The settings of remote partitioning (README "Running on several machines"): {@code AOB_PARTITIONING}
 * ({@code local}, the default, or {@code remote}), the broker {@code AOB_AMQP_URL}, the request queue
 * {@code AOB_AMQP_QUEUE}, how long the manager waits for the partitions {@code AOB_REMOTE_TIMEOUT} and how
 * often it reads their records {@code AOB_REMOTE_POLL}.
 */
@Component
public class RemoteSettings {
    public static final String DEFAULT_QUEUE = "aob.settlement.partitions";

    private final boolean remote;
    private final String amqpUrl;
    private final String queue;
    private final Duration timeout;
    private final Duration pollInterval;
    private final String amqpCa;
    private final int workerThreads;

    public RemoteSettings(@Value("${aob.partitioning:local}") String partitioning,
                          @Value("${aob.amqp.url:amqp://guest:guest@127.0.0.1:5672/}") String amqpUrl,
                          @Value("${aob.amqp.queue:" + DEFAULT_QUEUE + "}") String queue,
                          @Value("${aob.remote.timeout:2h}") String timeout,
                          @Value("${aob.remote.poll:2s}") String pollInterval,
                          @Value("${aob.amqp.ca:}") String amqpCa,
                          @Value("${aob.worker.threads:1}") int workerThreads) {
        this.amqpCa = amqpCa.trim();
        this.workerThreads = workerThreads;
        this.remote = "remote".equalsIgnoreCase(partitioning.trim());
        this.amqpUrl = amqpUrl.trim();
        this.queue = queue.trim();
        this.timeout = duration(timeout);
        this.pollInterval = duration(pollInterval);
    }

    public boolean remote() {
        return remote;
    }

    public String amqpUrl() {
        return amqpUrl;
    }

    /** AOB_AMQP_CA: the PEM file of the CA that signed an amqps:// broker's certificate (empty: the JVM's trust store). */
    public String amqpCa() {
        return amqpCa;
    }

    /** AOB_WORKER_THREADS: how many partitions one `worker` process runs at once. */
    public int workerThreads() {
        return workerThreads;
    }

    public String queue() {
        return queue;
    }

    public Duration timeout() {
        return timeout;
    }

    public Duration pollInterval() {
        return pollInterval;
    }

    /** The broker as it may be shown: scheme, host, port and virtual host, never the user's password. */
    public String brokerShown() {
        return shown(amqpUrl);
    }

    public static String shown(String url) {
        try {
            URI uri = URI.create(url);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path;
        } catch (IllegalArgumentException e) {
            return "(an AMQP URL that is not valid)";
        }
    }

    /** A duration written as a number with a unit: 90s, 30m, 2h (a bare number is seconds). */
    public static Duration duration(String text) {
        String t = text.trim().toLowerCase();
        if (!t.matches("\\d{1,9}(ms|s|m|h)?")) {
            throw new IllegalArgumentException("'" + text + "' is not a duration such as 90s, 30m or 2h");
        }
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        char unit = t.charAt(t.length() - 1);
        long n = Long.parseLong(Character.isDigit(unit) ? t : t.substring(0, t.length() - 1));
        return switch (unit) {
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
