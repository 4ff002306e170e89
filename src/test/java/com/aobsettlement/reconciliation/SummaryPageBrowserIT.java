package com.aobsettlement.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.support.Cli;
import com.aobsettlement.support.Scenario;
import com.aobsettlement.support.TestDatabase;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * summary.html of the month-end scenario (reconciled on the embedded H2 database) opened in headless
 * Chromium: the page loads nothing from the network, its two charts render with sized bars, and a
 * screenshot is kept as target/month-end-summary.png.
 */
public class SummaryPageBrowserIT {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOT = Path.of("target/month-end-summary.png");

    /** Measures every chart and bar after layout and writes the sizes into the page for --dump-dom. */
    static final String MEASURE = """
            <script>
            const out = [];
            document.querySelectorAll('svg.chart').forEach(s => { const b = s.getBoundingClientRect();
              out.push('chart ' + s.id + ' ' + b.width + ' ' + b.height); });
            document.querySelectorAll('svg rect.bar').forEach(r => { const b = r.getBoundingClientRect();
              out.push('bar ' + r.closest('svg').id + ' ' + b.width + ' ' + b.height); });
            const pre = document.createElement('pre'); pre.id = 'measured'; pre.textContent = out.join('\\n');
            document.body.appendChild(pre);
            </script>
            """;

    record Box(String kind, String chart, double width, double height) {
    }

    @Test
    void chartsRenderInHeadlessChromium(@TempDir Path work) throws Exception {
        assertThat(CHROMIUM).as("Debian package chromium (installed by make test: .ci/ensure-chromium)").isExecutable();
        Cli cli = MonthEndScenario.prepare(TestDatabase.h2(work.resolve("db")), work);
        cli.ok("reconcile", "--month", "2026-11");
        MonthEndScenarioIT.assertExpectedFiles(MonthEndScenario.monthlyDir(work, "2026-11")); // the same figures on H2
        Path page = MonthEndScenario.monthlyDir(work, "2026-11").resolve("summary.html");
        String html = Scenario.read(page);

        // Self-contained: no script, no external reference of any kind.
        assertThat(html).doesNotContain("<script", "http://", "https://", "<link", "@import", "url(");
        assertThat(html).contains("id=\"aging-chart\"", "id=\"collections-chart\"", "EFT-X", "M09", "Month closed by this reconciliation");

        Path measuredPage = work.resolve("measured.html");
        Files.writeString(measuredPage, html.replace("</body>", MEASURE + "</body>"));
        String dom = chromium(work, "--dump-dom", measuredPage.toUri().toString());
        Matcher m = Pattern.compile("<pre id=\"measured\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
        assertThat(m.find()).as("measurements in the dumped DOM:\n" + dom).isTrue();
        List<Box> boxes = new ArrayList<>();
        for (String line : m.group(1).split("\n")) {
            String[] f = line.trim().split(" ");
            boxes.add(new Box(f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3])));
        }
        // Both charts laid out with a real size.
        assertThat(boxes).filteredOn(b -> b.kind().equals("chart")).extracting(Box::chart)
                .containsExactlyInAnyOrder("aging-chart", "collections-chart");
        assertThat(boxes).filteredOn(b -> b.kind().equals("chart")).allSatisfy(b -> {
            assertThat(b.width()).isGreaterThan(200);
            assertThat(b.height()).isGreaterThan(50);
        });
        // Aging: P1 has two buckets (0–30, 31–60), P2 one. Collections: three business dates with movements.
        List<Box> agingBars = boxes.stream().filter(b -> b.kind().equals("bar") && b.chart().equals("aging-chart")).toList();
        List<Box> dayBars = boxes.stream().filter(b -> b.kind().equals("bar") && b.chart().equals("collections-chart")).toList();
        assertThat(agingBars).hasSize(3).allSatisfy(b -> {
            assertThat(b.width()).isGreaterThan(1);
            assertThat(b.height()).isGreaterThan(1);
        });
        assertThat(dayBars).hasSize(3).allSatisfy(b -> {
            assertThat(b.width()).isGreaterThan(1);
            assertThat(b.height()).isGreaterThan(1);
        });

        Files.createDirectories(SCREENSHOT.getParent());
        Files.deleteIfExists(SCREENSHOT);
        chromium(work, "--screenshot=" + SCREENSHOT.toAbsolutePath(), "--window-size=1280,1600", page.toUri().toString());
        BufferedImage image = ImageIO.read(SCREENSHOT.toFile());
        assertThat(image).as("screenshot " + SCREENSHOT).isNotNull();
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(1600);
    }

    /** Runs headless Chromium once with a fresh profile and returns what it printed on stdout. */
    public static String chromium(Path work, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Path stdout = work.resolve("chromium.out");
        Path stderr = work.resolve("chromium.err");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 90 s: " + Files.readString(stderr));
        }
        assertThat(p.exitValue()).as("chromium exit; stderr:\n" + Files.readString(stderr)).isZero();
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }
}
