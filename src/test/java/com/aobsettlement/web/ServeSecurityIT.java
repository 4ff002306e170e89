package com.aobsettlement.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.support.AppProcess;
import com.aobsettlement.support.Cli;
import com.aobsettlement.support.Http;
import com.aobsettlement.support.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `serve` as operators run it (its own JVM): with AOB_WEB_USER and AOB_WEB_PASSWORD set, every path but
 * /actuator/health answers 401 without them; SIGTERM stops it cleanly (exit 0). Without credentials it
 * refuses any address but a loopback one, with exit 2 and one plain line, before anything starts.
 */
class ServeSecurityIT {

    @Test
    void credentialsAreRequiredEverywhereButHealthAndSigtermStopsIt(@TempDir Path work) {
        TestDatabase db = TestDatabase.h2(work.resolve("db"));
        Map<String, String> env = new HashMap<>(db.settings(work));
        int port = Http.freePort();
        env.put("AOB_HTTP_PORT", String.valueOf(port));
        env.put("AOB_WEB_USER", "operator");
        env.put("AOB_WEB_PASSWORD", "s3cret pass:word");
        // the schedule stays still: after AOB_SETTLE_AT it would settle the day at once, whatever the page shows then
        AppProcess serve = AppProcess.start(work, env, Map.of("aob.schedule.auto-startup", "false"), "serve");
        try {
            assertThat(serve.awaitOut("Serving the operator's page on http://127.0.0.1:" + port + "/ (sign-in required)",
                    Duration.ofSeconds(120))).as(serve.toString()).isTrue();

            assertThat(Http.get(port, "/actuator/health").status()).isEqualTo(200);
            for (String path : List.of("/", "/actuator/prometheus", "/actuator", "/reports/daily/2026-11-26/settlements.csv",
                    "/actuator/health/../prometheus", "/no-such-page")) {
                Http.Response anonymous = Http.get(port, path);
                assertThat(anonymous.status()).as(path + " without credentials: " + anonymous).isIn(400, 401);
                Http.Response wrong = Http.get(port, path, "operator", "guess");
                assertThat(wrong.status()).as(path + " with a wrong password").isIn(400, 401);
            }
            Http.Response page = Http.get(port, "/", "operator", "s3cret pass:word");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.text()).contains("AOB Settlement: operations", "No job has run yet.");
            assertThat(Http.get(port, "/", null, null).header("WWW-Authenticate")).isEqualTo("Basic realm=\"AOB Settlement\"");
            Http.Response metrics = Http.get(port, "/actuator/prometheus", "operator", "s3cret pass:word");
            assertThat(metrics.status()).isEqualTo(200);
            assertThat(metrics.text()).contains("aob_business_days_behind ", "aob_claims{status=\"SETTLED\"} 0.0");

            serve.terminate();
            assertThat(serve.waitFor(Duration.ofSeconds(60))).as(serve.toString()).isZero();
            assertThat(serve.out()).endsWith("Stopped.\n");
            assertThat(serve.err()).isEqualTo("Stopping (SIGTERM)…\n");
            assertThat(serve.out() + serve.err()).doesNotContain("s3cret");
        } finally {
            if (serve.alive()) {
                serve.kill();
            }
        }
    }

    @Test
    void withRemotePartitioningTheBrokerIsPartOfTheHealth(@TempDir Path work) {
        try (TestDatabase db = TestDatabase.mariadb()) {
            Map<String, String> env = new HashMap<>(db.settings(work));
            int port = Http.freePort();
            env.put("AOB_HTTP_PORT", String.valueOf(port));
            env.put("AOB_PARTITIONING", "remote");
            String queue = "aob.test.health." + java.util.UUID.randomUUID();
            env.put("AOB_AMQP_QUEUE", queue);
            AppProcess serve = AppProcess.start(work, env, Map.of("aob.schedule.auto-startup", "false"), "serve");
            try {
                assertThat(serve.awaitOut("Serving the operator's page on http://127.0.0.1:" + port + "/", Duration.ofSeconds(120)))
                        .as(serve.toString()).isTrue();
                Http.Response health = Http.get(port, "/actuator/health");
                assertThat(health.status()).isEqualTo(200);
                assertThat(health.text()).contains("\"broker\":{\"status\":\"UP\"}", "\"db\":{\"status\":\"UP\"}");
            } finally {
                serve.kill();
                var broker = new org.springframework.amqp.rabbit.connection.CachingConnectionFactory("127.0.0.1");
                var admin = new org.springframework.amqp.rabbit.core.RabbitAdmin(broker);
                admin.deleteQueue(queue);
                admin.deleteQueue(queue + ".dead");
                broker.destroy();
            }
        }
    }

    @Test
    void anAddressOtherThanLoopbackNeedsCredentials(@TempDir Path work) {
        Cli cli = new Cli(TestDatabase.h2(work.resolve("db")).settings(work));
        for (String address : List.of("0.0.0.0", "::", "192.0.2.10")) {
            Cli.Result refused = cli.run(Map.of("AOB_HTTP_ADDRESS", address), "serve");
            assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(2);
            assertThat(refused.err()).isEqualTo("Listening on " + address + " needs AOB_WEB_USER and AOB_WEB_PASSWORD: set both, "
                    + "or leave AOB_HTTP_ADDRESS at 127.0.0.1.\n");
            assertThat(refused.out()).isEmpty();
        }
        Cli.Result half = cli.run(Map.of("AOB_HTTP_ADDRESS", "0.0.0.0", "AOB_WEB_USER", "operator"), "serve");
        assertThat(half.exitCode()).isEqualTo(2);
        assertThat(half.err()).isEqualTo("Set both AOB_WEB_USER and AOB_WEB_PASSWORD, or neither (then only this machine can connect).\n");
        Cli.Result h2Remote = cli.run(Map.of("AOB_PARTITIONING", "remote"), "serve");
        assertThat(h2Remote.exitCode()).as(h2Remote.toString()).isEqualTo(2);
        assertThat(h2Remote.err()).startsWith("AOB_PARTITIONING=remote needs the MySQL/MariaDB database");
        Cli.Result port = cli.run(Map.of("AOB_HTTP_PORT", "80800"), "serve");
        assertThat(port.exitCode()).isEqualTo(2);
        assertThat(port.err()).isEqualTo("AOB_HTTP_PORT '80800' must be a port number from 1 to 65535.\n");
    }
}
