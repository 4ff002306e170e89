package com.aobsettlement.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.cli.AobSettlementCli;
import com.aobsettlement.cli.Command;
import com.aobsettlement.domain.DayKind;
import com.aobsettlement.domain.FederalHolidayCalendar;
import com.aobsettlement.reconciliation.MonthEndScenario;
import com.aobsettlement.reconciliation.SummaryPageBrowserIT;
import com.aobsettlement.support.AppProcess;
import com.aobsettlement.support.Cli;
import com.aobsettlement.support.Http;
import com.aobsettlement.support.TestDatabase;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The web application of `serve` (in this JVM, on the embedded H2 database) after the month-end scenario:
 * 2026-11-10 and 2026-11-20 settled by the command line, then 2026-11-30 settled and November previewed
 * inside the serve context, with "today" 2026-12-02 (two business days behind). The operator's page in
 * headless Chromium shows the figures of the report files of the same run; /actuator/prometheus has the
 * Spring Batch meters and every business gauge with the value the report files give; the report files are
 * served, and nothing outside the reports folder is. No patient_ref anywhere.
 */
class OperatorPageIT {
    static final Path SCREENSHOT = Path.of("target/operator-page.png");
    static final LocalDate LAST = LocalDate.parse("2026-11-30");
    static final LocalDate TODAY = LocalDate.parse("2026-12-02");
    static final Pattern FIGURE = Pattern.compile("data-figure=\"([^\"]+)\"[^>]*>([^<]*)<");

    @Test
    void pageMetricsAndReportFilesAfterARunInTheServeProcess(@TempDir Path work) throws Exception {
        assertThat(SummaryPageBrowserIT.CHROMIUM).as("Debian package chromium (make test: .ci/ensure-chromium)").isExecutable();
        TestDatabase db = TestDatabase.h2(work.resolve("db"));
        Map<String, String> settings = new HashMap<>(db.settings(work));
        settings.put("aob.test.today", TODAY.toString());
        Cli cli = new Cli(settings);
        MonthEndScenario.SCENARIO.importAll(cli);
        cli.ok("import", "deposits", MonthEndScenario.SCENARIO.input("deposits.csv").toString());
        MonthEndScenario.insertEraPayments(db.jdbc(), MonthEndScenario.SCENARIO.input("era_payments.csv"));
        cli.ok("settle", "--date", "2026-11-10");
        cli.ok("settle", "--date", "2026-11-20");

        // The other commands start no web server.
        try (ConfigurableApplicationContext plain = AobSettlementCli.openContext(settings)) {
            assertThat(plain).isNotInstanceOf(WebServerApplicationContext.class);
            assertThat(plain.getBeanNamesForType(SecurityFilterChain.class)).isEmpty();
        }

        int port = Http.freePort();
        // The settlement in the serve process holds still after its first chunk commits, for the page's progress box.
        try (ConfigurableApplicationContext serve = AobSettlementCli.openContext(settings,
                List.of("--server.address=127.0.0.1", "--server.port=" + port, "--aob.test.pause-at=between:1",
                        "--aob.test.pause-ms=15000", "--aob.schedule.auto-startup=false"), true)) {
            assertThat(serve).isInstanceOf(WebServerApplicationContext.class);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread settle = new Thread(() -> {
                try {
                    run(serve, new Command.Settle(LAST));
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            settle.start();
            awaitCommittedChunk(db, settle);
            Http.Response running = Http.get(port, "/");
            assertThat(running.status()).isEqualTo(200);
            Map<String, String> progress = figures(running.text());
            assertThat(running.text()).contains("<meta http-equiv=\"refresh\" content=\"5\">", "<strong>endOfDaySettlement</strong>");
            assertThat(Long.parseLong(progress.get("running-written"))).isPositive();
            assertThat(running.text()).doesNotContain("The process that ran it is gone");
            settle.join();
            assertThat(failure.get()).isNull();
            assertThat(figures(Http.get(port, "/").text())).doesNotContainKey("running-written");
            run(serve, new Command.Reconcile(YearMonth.of(2026, 11), false, true));

            Path reports = work.resolve("reports");
            Path day = reports.resolve("daily").resolve(LAST.toString());
            Path month = reports.resolve("monthly").resolve("2026-11");
            List<String> patientRefs = patientRefs();
            assertThat(patientRefs).isNotEmpty();

            // Health: the database, and no broker without remote partitioning.
            Http.Response health = Http.get(port, "/actuator/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.text()).contains("\"db\":{\"status\":\"UP\"}").doesNotContain("rabbit").doesNotContain("broker");

            // Metrics: Spring Batch's own meters of the runs in this process, and the business gauges.
            Http.Response prometheus = Http.get(port, "/actuator/prometheus");
            assertThat(prometheus.status()).isEqualTo(200);
            String metrics = prometheus.text();
            assertThat(metric(metrics, "spring_batch_job_seconds_count", "spring_batch_job_name=\"endOfDaySettlement\"",
                    "spring_batch_job_status=\"COMPLETED\"")).isEqualTo(1.0);
            assertThat(metric(metrics, "spring_batch_job_seconds_count", "spring_batch_job_name=\"monthEndReconciliation\"",
                    "spring_batch_job_status=\"COMPLETED\"")).isEqualTo(1.0);
            assertThat(metric(metrics, "spring_batch_step_seconds_count", "spring_batch_step_name=\"writeDailyReports\"",
                    "spring_batch_step_status=\"COMPLETED\"")).isEqualTo(1.0);
            assertThat(metrics).contains("spring_batch_job_active_seconds", "spring_batch_chunk_write_seconds_count")
                    .doesNotContain("spring_batch_item_read_seconds", "spring_batch_item_process_seconds"); // off: one per item

            Map<String, Map<String, String>> latestDisputes = latestDisputes(reports);
            assertThat(metric(metrics, "aob_last_settled_date_seconds"))
                    .isEqualTo((double) LAST.atStartOfDay(ZoneOffset.UTC).toEpochSecond());
            assertThat(metric(metrics, "aob_business_days_behind")).isEqualTo(1.0); // 2026-12-01 (2026-12-02 is due from 20:30)
            Map<String, Long> claimStatuses = latestClaimStatuses(reports);
            assertThat(claimStatuses.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(
                    db.jdbc().queryForObject("SELECT COUNT(*) FROM claims", Long.class));
            for (String status : List.of("PENDING", "UNSUBMITTED", "AWAITING_PAYMENT", "DENIED", "DISPUTED", "SETTLED",
                    "WRITTEN_OFF", "REJECTED")) {
                assertThat(metric(metrics, "aob_claims", "status=\"" + status + "\"")).as(status)
                        .isEqualTo((double) claimStatuses.getOrDefault(status, 0L));
            }
            Map<String, Long> openByKind = new TreeMap<>();
            long dueSoon = 0;
            LocalDate until = new FederalHolidayCalendar().add(TODAY, 7, DayKind.BUSINESS);
            for (Map<String, String> d : latestDisputes.values()) {
                if (d.get("status").equals("OPEN") || d.get("status").equals("IN_PROGRESS")) {
                    openByKind.merge(d.get("kind"), 1L, Long::sum);
                    if (!d.get("respond_by").isEmpty() && !LocalDate.parse(d.get("respond_by")).isBefore(TODAY)
                            && !LocalDate.parse(d.get("respond_by")).isAfter(until)) {
                        dueSoon++;
                    }
                }
            }
            assertThat(openByKind).isNotEmpty();
            for (String kind : List.of("TIMELY_FILING_RISK", "NO_PAYMENT", "DENIAL", "UNDERPAYMENT", "OVERPAYMENT", "LATE_PAYMENT",
                    "NSA_NEGOTIATION", "NSA_IDR")) {
                assertThat(metric(metrics, "aob_disputes_open", "kind=\"" + kind + "\"")).as(kind)
                        .isEqualTo((double) openByKind.getOrDefault(kind, 0L));
            }
            assertThat(metric(metrics, "aob_disputes_due_soon")).isEqualTo((double) dueSoon);
            long expiredOnLast = csv(day.resolve("disputes.csv")).stream().filter(r -> r.get("status").equals("EXPIRED")).count();
            assertThat(metric(metrics, "aob_rights_lost_last_run")).isEqualTo((double) expiredOnLast);
            Map<String, BigDecimal> unmatched = new TreeMap<>();
            for (Map<String, String> r : csv(month.resolve("unmatched.csv"))) {
                unmatched.merge(r.get("side"), new BigDecimal(r.get("amount")), BigDecimal::add);
            }
            assertThat(unmatched).containsOnlyKeys("DEPOSIT", "ERA", "REMITTANCE"); // see scenarios/month-end/README.md
            for (String side : List.of("ERA", "DEPOSIT", "REMITTANCE")) {
                assertThat(BigDecimal.valueOf(metric(metrics, "aob_unmatched_money", "side=\"" + side + "\""))
                        .compareTo(unmatched.get(side))).as(side).isZero();
            }
            assertThat(metric(metrics, "aob_runs_awaiting_restart")).isZero();
            assertThat(metric(metrics, "aob_schedule_failed")).isZero();

            // The page, rendered by headless Chromium: its figures are those of the report files of 2026-11-30.
            Http.Response page = Http.get(port, "/");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("Content-Security-Policy")).startsWith("default-src 'none'");
            assertThat(page.text()).doesNotContain("<script", "<link", "http://", "https://", "@import", "url(");
            String dom = SummaryPageBrowserIT.chromium(work, "--dump-dom", "http://127.0.0.1:" + port + "/");
            Map<String, String> figures = figures(dom);
            assertThat(figures).containsEntry("today", TODAY.toString()).containsEntry("last-settled", LAST.toString())
                    .containsEntry("days-behind", "1").containsEntry("backlog", "2026-12-01")
                    .containsEntry("next-run", "none").containsEntry("day", LAST.toString())
                    .containsEntry("rights-lost", String.valueOf(expiredOnLast))
                    .containsEntry("due-soon", String.valueOf(dueSoon));
            Map<String, Long> dayStatuses = new TreeMap<>();
            List<Map<String, String>> settlements = csv(day.resolve("settlements.csv"));
            settlements.forEach(r -> dayStatuses.merge(r.get("status"), 1L, Long::sum));
            dayStatuses.forEach((status, n) -> assertThat(figures).containsEntry("claims." + status, String.valueOf(n)));
            assertThat(figures).containsEntry("claims.total", String.valueOf(settlements.size()));
            assertThat(figures.keySet().stream().filter(k -> k.startsWith("claims.") && !k.equals("claims.total")))
                    .hasSize(dayStatuses.size());
            BigDecimal[] money = {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)};
            for (Map<String, String> r : csv(day.resolve("provider_totals.csv"))) {
                money[0] = money[0].add(new BigDecimal(r.get("collected")));
                money[1] = money[1].add(new BigDecimal(r.get("fee")));
                money[2] = money[2].add(new BigDecimal(r.get("net_to_provider")));
            }
            assertThat(money[0].signum()).isPositive();
            assertThat(figures).containsEntry("collected", money[0].toPlainString()).containsEntry("fee", money[1].toPlainString())
                    .containsEntry("net", money[2].toPlainString());
            Map<String, Long> exceptions = new TreeMap<>();
            csv(day.resolve("exceptions.csv")).forEach(r -> exceptions.merge(r.get("reason_code"), 1L, Long::sum));
            exceptions.forEach((reason, n) -> assertThat(figures).containsEntry("exceptions." + reason, String.valueOf(n)));
            assertThat(figures.keySet().stream().filter(k -> k.startsWith("exceptions."))).hasSize(exceptions.size());
            // Another date's figures: 2026-11-10, whose exceptions.csv has the deposits import's rejected rows.
            Map<String, String> first = figures(SummaryPageBrowserIT.chromium(work, "--dump-dom", "http://127.0.0.1:" + port + "/?date=2026-11-10"));
            Map<String, Long> firstExceptions = new TreeMap<>();
            csv(reports.resolve("daily/2026-11-10/exceptions.csv")).forEach(r -> firstExceptions.merge(r.get("reason_code"), 1L, Long::sum));
            assertThat(firstExceptions).containsKey("INVALID_FIELD");
            firstExceptions.forEach((reason, n) -> assertThat(first).containsEntry("exceptions." + reason, String.valueOf(n)));
            assertThat(first).containsEntry("day", "2026-11-10").containsEntry("last-settled", LAST.toString())
                    .containsEntry("claims.total", String.valueOf(csv(reports.resolve("daily/2026-11-10/settlements.csv")).size()));
            assertThat(Http.get(port, "/?date=tomorrow").status()).isEqualTo(400);
            assertThat(dom).contains("href=\"/reports/monthly/2026-11/summary.html\"", "href=\"/reports/daily/2026-11-30/settlements.csv\"",
                    "href=\"/reports/daily/2026-11-10/exceptions.csv\"");

            Files.createDirectories(SCREENSHOT.getParent());
            Files.deleteIfExists(SCREENSHOT);
            SummaryPageBrowserIT.chromium(work, "--screenshot=" + SCREENSHOT.toAbsolutePath(), "--window-size=1280,1900",
                    "http://127.0.0.1:" + port + "/");
            BufferedImage image = ImageIO.read(SCREENSHOT.toFile());
            assertThat(image).as("screenshot " + SCREENSHOT).isNotNull();
            assertThat(image.getWidth()).isEqualTo(1280);

            // The report files, byte for byte; summary.html as a page.
            Http.Response file = Http.get(port, "/reports/daily/2026-11-30/settlements.csv");
            assertThat(file.status()).isEqualTo(200);
            assertThat(file.body()).isEqualTo(Files.readAllBytes(day.resolve("settlements.csv")));
            Http.Response summary = Http.get(port, "/reports/monthly/2026-11/summary.html");
            assertThat(summary.status()).isEqualTo(200);
            assertThat(summary.header("Content-Type")).startsWith("text/html");
            assertThat(summary.body()).isEqualTo(Files.readAllBytes(month.resolve("summary.html")));

            // Nothing outside the reports folder, and no folder listing.
            Files.writeString(work.resolve("secret.txt"), "TOP-SECRET");
            String secretAbsolute = work.resolve("secret.txt").toAbsolutePath().toString();
            for (String attempt : List.of("/reports/../secret.txt", "/reports/daily/../../secret.txt",
                    "/reports/%2e%2e/secret.txt", "/reports/%2E%2E%2Fsecret.txt", "/reports/..%2fsecret.txt",
                    "/reports/..%5csecret.txt", "/reports/%252e%252e/secret.txt", "/reports/%252e%252e%252fsecret.txt",
                    "/reports/daily/%2e%2e/%2e%2e/secret.txt", "/reports/" + secretAbsolute, "/reports/%2F" + secretAbsolute.substring(1),
                    "/reports//" + secretAbsolute, "/reports/file:" + secretAbsolute, "/reports/%2Fetc%2Fpasswd", "/reports//etc/passwd",
                    "/reports/../../../../../../etc/passwd", "/reports/", "/reports/daily/", "/reports/daily/2026-11-30/")) {
                Http.Response r = Http.get(port, attempt);
                assertThat(r.status()).as(attempt + " → " + r).isIn(400, 404);
                assertThat(r.text()).as(attempt).doesNotContain("TOP-SECRET", "root:", "settlements.csv");
            }

            // No patient_ref on the page, in the metrics or in what /reports serves.
            String everything = page.text() + dom + metrics + file.text() + summary.text();
            assertThat(everything).doesNotContain("patient_ref");
            for (String ref : patientRefs) {
                assertThat(everything).doesNotContain(ref);
            }
        }
    }

    /** Waits until the settlement of {@link #LAST} has committed a chunk (it then pauses: aob.test.pause-at). */
    static void awaitCommittedChunk(TestDatabase db, Thread settle) {
        for (int i = 0; i < 1200; i++) {
            Long n = db.jdbc().queryForObject("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION s JOIN BATCH_JOB_EXECUTION e "
                    + "ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID WHERE e.STATUS = 'STARTED' AND s.WRITE_COUNT > 0", Long.class);
            if (n != null && n > 0) {
                return;
            }
            if (!settle.isAlive()) {
                throw new AssertionError("the settlement ended before the page could see it run");
            }
            AppProcess.sleep(50);
        }
        throw new AssertionError("no chunk of the settlement committed within 60 s");
    }

    /** Runs a command inside the given (serve) context and insists on exit 0. */
    static void run(ConfigurableApplicationContext context, Command command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AobSettlementCli.execute(context, command, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(command + "\n" + out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).isZero();
    }

    /** The value of one sample of the Prometheus text whose labels include all of {@code labels}. */
    static double metric(String text, String name, String... labels) {
        List<Double> values = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!(line.startsWith(name + "{") || line.startsWith(name + " "))) {
                continue;
            }
            String head = line.substring(0, line.lastIndexOf(' '));
            boolean all = true;
            for (String label : labels) {
                all &= head.contains(label);
            }
            if (all) {
                values.add(Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
            }
        }
        assertThat(values).as(name + " " + List.of(labels) + " in\n" + text).hasSize(1);
        return values.get(0);
    }

    static Map<String, String> figures(String dom) {
        Map<String, String> figures = new LinkedHashMap<>();
        Matcher m = FIGURE.matcher(dom);
        while (m.find()) {
            figures.put(m.group(1), m.group(2).trim());
        }
        return figures;
    }

    /** The claims by status after the last run: each claim's status in the latest settlements.csv that has it. */
    static Map<String, Long> latestClaimStatuses(Path reports) {
        Map<String, String> status = new HashMap<>();
        for (Path dayDir : dailyDirs(reports)) {
            csv(dayDir.resolve("settlements.csv")).forEach(r -> status.put(r.get("claim_number"), r.get("status")));
        }
        Map<String, Long> counts = new TreeMap<>();
        status.values().forEach(s -> counts.merge(s, 1L, Long::sum));
        return counts;
    }

    /** Every dispute (claim number and kind) as the latest disputes.csv that has it shows it. */
    static Map<String, Map<String, String>> latestDisputes(Path reports) {
        Map<String, Map<String, String>> latest = new HashMap<>();
        for (Path dayDir : dailyDirs(reports)) {
            csv(dayDir.resolve("disputes.csv")).forEach(r -> latest.put(r.get("claim_number") + "/" + r.get("kind"), r));
        }
        return latest;
    }

    static List<Path> dailyDirs(Path reports) {
        try (Stream<Path> s = Files.list(reports.resolve("daily"))) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The patient_ref values of the scenario's input. */
    static List<String> patientRefs() {
        return csv(MonthEndScenario.SCENARIO.input("assignments.csv")).stream().map(r -> r.get("patient_ref")).distinct().toList();
    }

    /** A CSV file's rows by column name. */
    static List<Map<String, String>> csv(Path file) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            List<String> header = null;
            for (CsvRecord record : reader) {
                if (header == null) {
                    header = record.getFields();
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), record.getField(i));
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
