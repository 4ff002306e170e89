package com.aobsettlement.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.support.AppProcess;
import com.aobsettlement.support.Cli;
import com.aobsettlement.support.Http;
import com.aobsettlement.support.Scenario;
import com.aobsettlement.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command-line runs with AOB_PUSHGATEWAY_URL push their final metrics to Debian's prometheus-pushgateway
 * (installed by make test: .ci/ensure-pushgateway), started here on a free port: the Spring Batch meters
 * of the run and the business gauges, grouped by job="aob-settlement" and the command word.
 */
class PushgatewayIT {
    static final Path PUSHGATEWAY = Path.of("/usr/bin/prometheus-pushgateway");

    @Test
    void aCommandLineRunPushesItsMetrics(@TempDir Path work) throws Exception {
        assertThat(PUSHGATEWAY).as("Debian package prometheus-pushgateway (make test: .ci/ensure-pushgateway)").isExecutable();
        int port = Http.freePort();
        Process gateway = new ProcessBuilder(PUSHGATEWAY.toString(), "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(work.resolve("pushgateway.log").toFile()).start();
        try {
            awaitReady(gateway, port, work);
            TestDatabase db = TestDatabase.h2(work.resolve("db"));
            Map<String, String> settings = new HashMap<>(db.settings(work));
            settings.put("aob.test.today", "2026-11-27");
            settings.put("AOB_PUSHGATEWAY_URL", "http://127.0.0.1:" + port);
            Cli cli = new Cli(settings);
            Scenario scenario = new Scenario("worked-examples");
            scenario.importAll(cli);
            cli.ok("settle", "--date", "2026-11-26");

            String metrics = Http.get(port, "/metrics").text();
            String group = "command=\"settle\"";
            assertThat(OperatorPageIT.metric(metrics, "spring_batch_job_seconds_count", group, "job=\"aob-settlement\"",
                    "spring_batch_job_name=\"endOfDaySettlement\"", "spring_batch_job_status=\"COMPLETED\"")).isEqualTo(1.0);
            assertThat(OperatorPageIT.metric(metrics, "spring_batch_step_seconds_count", group,
                    "spring_batch_step_name=\"writeDailyReports\"", "spring_batch_step_status=\"COMPLETED\"")).isEqualTo(1.0);
            assertThat(OperatorPageIT.metric(metrics, "aob_last_settled_date_seconds", group))
                    .isEqualTo((double) LocalDate.parse("2026-11-26").atStartOfDay(ZoneOffset.UTC).toEpochSecond());
            assertThat(OperatorPageIT.metric(metrics, "aob_business_days_behind", group)).isEqualTo(0.0); // 2026-11-27 is due from 20:30
            Map<String, Long> statuses = new TreeMap<>();
            OperatorPageIT.csv(work.resolve("reports/daily/2026-11-26/settlements.csv"))
                    .forEach(r -> statuses.merge(r.get("status"), 1L, Long::sum));
            assertThat(statuses).isNotEmpty();
            statuses.forEach((status, n) -> assertThat(OperatorPageIT.metric(metrics, "aob_claims", group,
                    "status=\"" + status + "\"")).as(status).isEqualTo((double) n));
            // The imports pushed to their own group; the last one (remittances) replaced the earlier ones.
            assertThat(OperatorPageIT.metric(metrics, "spring_batch_job_seconds_count", "command=\"import\"",
                    "spring_batch_job_name=\"importRemittances\"", "spring_batch_job_status=\"COMPLETED\"")).isEqualTo(1.0);
            assertThat(metrics).doesNotContain("patient_ref");
            for (String line : List.of("push_time_seconds{command=\"settle\"", "push_failure_time_seconds{command=\"settle\"")) {
                assertThat(metrics).contains(line);
            }
        } finally {
            gateway.destroy();
            if (!gateway.waitFor(30, TimeUnit.SECONDS)) {
                gateway.destroyForcibly();
            }
        }
    }

    private static void awaitReady(Process gateway, int port, Path work) throws IOException {
        for (int i = 0; i < 300; i++) {
            if (!gateway.isAlive()) {
                throw new AssertionError("prometheus-pushgateway ended: " + Files.readString(work.resolve("pushgateway.log")));
            }
            try {
                if (Http.get(port, "/-/ready").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            AppProcess.sleep(100);
        }
        throw new AssertionError("prometheus-pushgateway not ready on port " + port + ": "
                + Files.readString(work.resolve("pushgateway.log")));
    }
}
