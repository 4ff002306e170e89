package com.aobsettlement.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jobs/aob, the launcher operators and run-job use: which java command line it makes. A stand-in
 * `java` first on the PATH prints the arguments it was given.
 */
class LauncherScriptTest {
    private static final Path LAUNCHER = Path.of("jobs/aob").toAbsolutePath();

    record Run(int exit, String out, String err) {
    }

    private static Run run(Path work, Map<String, String> env, String... args) throws IOException, InterruptedException {
        return run(LAUNCHER, work, env, args);
    }

    private static Run run(Path script, Path work, Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path bin = Files.createDirectories(work.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"java $*\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new java.util.ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
        pb.environment().remove("AOB_JAVA_OPTS");
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out, err);
    }

    @Test
    void startsThePackagedLayoutWithItsArchive(@TempDir Path work) throws Exception {
        Path app = Files.createDirectories(work.resolve("app"));
        Files.writeString(app.resolve("aob-settlement.jar"), "");
        Files.writeString(app.resolve("aob-settlement.jsa"), "");
        Run r = run(work, Map.of("AOB_APP_DIR", app.toString(), "AOB_JAVA_OPTS", "-Xmx512m -Xlog:gc"), "settle", "--date",
                "2026-11-26");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("java -Xmx512m -Xlog:gc -XX:SharedArchiveFile=" + app.resolve("aob-settlement.jsa")
                + " -jar " + app.resolve("aob-settlement.jar") + " settle --date 2026-11-26\n");
    }

    @Test
    void withoutALayoutRunsTheSingleJar(@TempDir Path work) throws Exception {
        Path jar = work.resolve("aob-settlement.jar");
        Files.writeString(jar, "");
        Run r = run(work, Map.of("AOB_APP_DIR", work.resolve("none").toString(), "AOB_JAR", jar.toString()), "status");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("java -Xmx1g -jar " + jar + " status\n");
    }

    @Test
    void runJobSettleCatchesUpThroughTheLastDateDue(@TempDir Path work) throws Exception {
        Path jar = work.resolve("aob-settlement.jar");
        Files.writeString(jar, "");
        Path runJob = Path.of("jobs/run-job").toAbsolutePath();
        Map<String, String> env = Map.of("AOB_APP_DIR", work.resolve("none").toString(), "AOB_JAR", jar.toString(), "AOB_ZONE", "UTC");
        // from AOB_SETTLE_AT on, today is due
        java.time.LocalDate before = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        Run due = run(runJob, work, with(env, "AOB_SETTLE_AT", "00:00"), "settle");
        assertThat(due.exit()).as(due.err()).isZero();
        assertThat(due.out()).isIn("java -Xmx1g -jar " + jar + " settle --through " + before + "\n",
                "java -Xmx1g -jar " + jar + " settle --through " + before.plusDays(1) + "\n");
        // before it (a timer replayed after a boot), today is not over: through yesterday
        Run early = run(runJob, work, with(env, "AOB_SETTLE_AT", "24:00"), "settle");
        assertThat(early.out()).isIn("java -Xmx1g -jar " + jar + " settle --through " + before.minusDays(1) + "\n",
                "java -Xmx1g -jar " + jar + " settle --through " + before + "\n");
    }

    private static Map<String, String> with(Map<String, String> env, String name, String value) {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put(name, value);
        return all;
    }

    @Test
    void nothingToRunIsAPlainUsageError(@TempDir Path work) throws Exception {
        Run r = run(work, Map.of("AOB_APP_DIR", work.resolve("none").toString(), "AOB_JAR", work.resolve("missing.jar").toString()),
                "status");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("No application to run: `make build` makes one (or set AOB_APP_DIR or AOB_JAR).\n");
    }
}
