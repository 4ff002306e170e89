package com.aobsettlement.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.settlement.remote.PartitionRequest;
import com.aobsettlement.support.AppProcess;
import com.aobsettlement.support.Cli;
import com.aobsettlement.support.Scenario;
import com.aobsettlement.support.TableDump;
import com.aobsettlement.support.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.QueueInformation;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The settle step on several processes (issue "Scale-out"): one manager ({@code settle} with
 * AOB_PARTITIONING=remote) and worker processes, each its own JVM, over the real RabbitMQ and MariaDB, on a
 * random scenario of 20,000 claims. Whatever happens to the workers, the broker or the messages, every table
 * and every daily report file ends identical to a single-process run of the same data, and no claim is
 * settled twice. Each test has a queue of its own and a copy of the imported data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemotePartitioningIT {
    static final String DATE = "2026-11-26";
    static final int CLAIMS = 20_000;

    private final long seed = Long.getLong("remote.seed", new Random().nextInt(1_000_000));
    private Path work;
    private TestDatabase imported;
    private TestDatabase reference;
    private CachingConnectionFactory rabbit;
    private final List<AppProcess> children = new ArrayList<>();
    private final List<String> queues = new ArrayList<>();

    @BeforeAll
    void importAndSettleInOneProcess() throws IOException {
        System.out.printf("remote partitioning test: scenario seed %d (-Dremote.seed=%d repeats it)%n", seed, seed);
        work = Files.createTempDirectory("aob-remote-it");
        imported = TestDatabase.mariadb();
        Path data = work.resolve("data");
        Cli cli = new Cli(imported.settings(work.resolve("import")));
        cli.ok("demo-data", data.toString(), "--claims", Integer.toString(CLAIMS), "--seed", Long.toString(seed));
        Scenario.importFolder(cli, data);
        reference = copyOf(imported);
        new Cli(reference.settings(work.resolve("reference"))).ok("settle", "--date", DATE);
        rabbit = new CachingConnectionFactory("127.0.0.1", 5672);
        rabbit.setUsername("guest");
        rabbit.setPassword("guest");
    }

    @AfterEach
    void stopChildren() {
        children.forEach(c -> {
            if (c.alive()) {
                c.kill();
            }
        });
        children.clear();
        RabbitAdmin admin = new RabbitAdmin(rabbit);
        queues.forEach(q -> {
            admin.deleteQueue(q);
            admin.deleteQueue(q + ".dead");
        });
        queues.clear();
    }

    @AfterAll
    void dropDatabases() {
        rabbit.destroy();
        imported.close();
        reference.close();
        org.springframework.util.FileSystemUtils.deleteRecursively(work.toFile());
    }

    @Test
    void oneManagerThreeWorkers_eachRequestDeliveredTwice_settleOnceAsOneProcessDoes() {
        try (TestDatabase db = copyOf(imported)) {
            Map<String, String> env = env(db, "happy");
            Map<String, String> twoThreads = new HashMap<>(env);
            twoThreads.put("AOB_WORKER_THREADS", "2"); // one worker runs two partitions at once
            List<AppProcess> workers = new ArrayList<>(startWorkers(twoThreads, 1, Map.of()));
            workers.addAll(startWorkers(env, 2, Map.of()));
            // the queue exists before the first duplicate goes out: the manager declares it only when it sends, after
            // the partitions are in the database, and the broker drops a message sent to a queue nobody declared yet
            awaitConsumers(env, 4);
            AppProcess manager = manager(env, "settle", "--date", DATE);
            // every request sent a second time, as RabbitMQ does with one it thinks was not acknowledged
            Set<Long> duplicated = new LinkedHashSet<>();
            while (duplicated.size() < 4 && manager.alive()) {
                for (long[] p : partitions(db.jdbc())) {
                    if (duplicated.add(p[1])) {
                        send(env, new PartitionRequest(p[0], p[1], SettlementJobConfiguration.WORKER_STEP).toJson());
                    }
                }
                AppProcess.sleep(50);
            }
            assertThat(duplicated).hasSize(4);
            assertThat(manager.waitFor(Duration.ofMinutes(6))).as(manager.toString()).isZero();
            assertThat(manager.err()).contains("partitions: 4 completed (of 4)").doesNotContain("\tat ");
            awaitQueueEmpty(env);
            assertThat(count(workers, "dropped")).as("each duplicate dropped by a worker: %s", workers).isEqualTo(4);
            assertThat(count(workers, ": COMPLETED,")).as("partitions run: %s", workers).isEqualTo(4);
            assertSameAsReference(db, env);
            for (int i = 0; i < workers.size(); i++) {
                assertThat(work.resolve("happy-worker" + i + "/reports")).as("a worker writes no report files").doesNotExist();
            }
        }
    }

    @Test
    void workerKilledMidPartition_runFails_restartOnTheOtherWorkerGivesTheSameResult() {
        try (TestDatabase db = copyOf(imported)) {
            Map<String, String> env = env(db, "kill");
            AppProcess doomed = startWorkers(env, 1, Map.of("aob.test.pause-at", "write:3", "aob.test.pause-ms", "600000")).get(0);
            List<AppProcess> survivors = startWorkers(env, 1, Map.of());
            awaitConsumers(env, 2);
            AppProcess manager = manager(env, "settle", "--date", DATE);
            assertThat(doomed.awaitErr("@pause write:3", Duration.ofMinutes(4))).as(doomed.toString()).isTrue();
            doomed.kill();
            assertThat(manager.waitFor(Duration.ofMinutes(6))).as(manager.toString()).isEqualTo(1);
            assertThat(manager.err()).containsPattern("worker pid \\d+ on \\S+ died while running settleClaimsWorker:partition\\d")
                    .doesNotContain("\tat ");
            assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE "
                    + "'settleClaimsWorker:%' AND STATUS = 'COMPLETED'", Integer.class)).as("the other partitions").isEqualTo(3);

            AppProcess restart = manager(env, "restart");
            assertThat(restart.waitFor(Duration.ofMinutes(6))).as(restart.toString()).isZero();
            assertThat(restart.err()).contains("sent 1 partitions");
            assertSameAsReference(db, env);
            assertThat(count(survivors, ": COMPLETED,")).isEqualTo(4);
        }
    }

    @Test
    void brokerRestartedMidRun_theRunCompletesOrRestartsToTheSameResult() throws Exception {
        try (TestDatabase db = copyOf(imported)) {
            Map<String, String> env = env(db, "broker");
            startWorkers(env, 2, Map.of());
            awaitConsumers(env, 2);
            AppProcess manager = manager(env, "settle", "--date", DATE);
            assertThat(manager.awaitErr("running", Duration.ofMinutes(4))).as(manager.toString()).isTrue();
            try {
                rabbitmqctl("stop_app");
                AppProcess.sleep(3000);
            } finally {
                rabbitmqctl("start_app");
            }
            int code = manager.waitFor(Duration.ofMinutes(8));
            if (code != 0) {
                assertThat(code).as(manager.toString()).isEqualTo(1);
                AppProcess restart = manager(env, "restart");
                assertThat(restart.waitFor(Duration.ofMinutes(6))).as(restart.toString()).isZero();
            }
            System.out.printf("broker restart: the first run exited %d%n", code);
            assertSameAsReference(db, env);
        }
    }

    @Test
    void noWorker_thenAThrowingWorker_thenAWorkerStopped_restartGivesTheSameResult() {
        try (TestDatabase db = copyOf(imported)) {
            Map<String, String> env = env(db, "faults");
            AppProcess alone = manager(env, Map.of("AOB_REMOTE_TIMEOUT", "4s"), "settle", "--date", DATE);
            assertThat(alone.waitFor(Duration.ofMinutes(3))).as(alone.toString()).isEqualTo(1);
            assertThat(alone.err()).contains("No worker took any of the 4 partitions within AOB_REMOTE_TIMEOUT")
                    .contains("Start workers (jobs/aob worker), then run `restart`.").doesNotContain("\tat ");

            // a worker whose chunks throw: each partition fails once, its message is acknowledged, not requeued
            AppProcess throwing = startWorkers(env, 1, Map.of("aob.fault.fail-after-claims", "600")).get(0);
            send(env, "not a request".getBytes(StandardCharsets.UTF_8));
            AppProcess failing = manager(env, "restart");
            assertThat(failing.waitFor(Duration.ofMinutes(6))).as(failing.toString()).isEqualTo(1);
            assertThat(failing.err()).contains("4 of 4 partitions did not complete").contains("injected failure")
                    .doesNotContain("\tat ");
            awaitQueueEmpty(env);
            assertThat(count(List.of(throwing), ": FAILED,")).as(throwing.toString()).isEqualTo(4);
            assertThat(count(List.of(throwing), "dropped: it is FAILED")).as("the timed-out run's requests").isEqualTo(4);
            assertThat(count(List.of(throwing), "refused and dead-lettered")).isEqualTo(1);
            assertThat(queue(env, ".dead").getMessageCount()).as("the malformed message, dead-lettered").isEqualTo(1);
            throwing.terminate();
            assertThat(throwing.waitFor(Duration.ofMinutes(1))).isZero();

            // SIGTERM to a worker inside a chunk: the chunk commits, the partition ends STOPPED, the worker exits 0
            AppProcess stopped = startWorkers(env, 1, Map.of("aob.test.pause-at", "write:2", "aob.test.pause-ms", "4000")).get(0);
            List<AppProcess> good = startWorkers(env, 1, Map.of());
            awaitConsumers(env, 2);
            AppProcess stopping = manager(env, "restart");
            assertThat(stopped.awaitErr("@pause write:2", Duration.ofMinutes(4))).as(stopped.toString()).isTrue();
            stopped.terminate();
            assertThat(stopped.waitFor(Duration.ofMinutes(2))).as(stopped.toString()).isZero();
            assertThat(stopped.err()).contains("stops after its current chunk").containsPattern(": STOPPED, 1,000 claims written");
            assertThat(stopping.waitFor(Duration.ofMinutes(6))).as(stopping.toString()).isEqualTo(1);
            assertThat(stopping.err()).contains("1 of 4 partitions did not complete").contains("ended STOPPED");

            AppProcess restart = manager(env, "restart");
            assertThat(restart.waitFor(Duration.ofMinutes(6))).as(restart.toString()).isZero();
            assertThat(restart.err()).contains("sent 1 partitions");
            assertThat(count(good, ": COMPLETED,")).isEqualTo(4);
            assertSameAsReference(db, env);
        }
    }

    @Test
    void remoteOnTheEmbeddedDatabase_isRefused(@org.junit.jupiter.api.io.TempDir Path dir) {
        Map<String, String> env = new HashMap<>(TestDatabase.h2(dir).settings(dir));
        env.put("AOB_PARTITIONING", "remote");
        Cli.Result settle = new Cli(env).run("settle", "--date", DATE);
        assertThat(settle.exitCode()).isEqualTo(2);
        assertThat(settle.err().strip()).isEqualTo("AOB_PARTITIONING=remote needs the MySQL/MariaDB database that the manager "
                + "and its workers share (AOB_DB_URL): the embedded H2 file is one process's.");
        Cli.Result worker = new Cli(env).run("worker");
        assertThat(worker.exitCode()).isEqualTo(2);
        assertThat(worker.err()).startsWith("worker needs the MySQL/MariaDB database");
    }

    // ---------------------------------------------------------------------------------------------------------

    private Map<String, String> env(TestDatabase db, String name) {
        Map<String, String> env = new HashMap<>(db.settings(work.resolve(name)));
        String queue = "aob.it." + name + "." + UUID.randomUUID().toString().substring(0, 8);
        queues.add(queue);
        env.put("AOB_AMQP_QUEUE", queue);
        env.put("AOB_AMQP_URL", "amqp://guest:guest@127.0.0.1:5672/");
        env.put("AOB_REMOTE_POLL", "500ms");
        env.put("AOB_CHUNK_SIZE", "500");
        env.put("name", name);
        return env;
    }

    private List<AppProcess> startWorkers(Map<String, String> env, int n, Map<String, String> properties) {
        List<AppProcess> started = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // each worker its own folders, as on another machine
            Path home = work.resolve(env.get("name") + "-worker" + children.size());
            Map<String, String> own = new HashMap<>(env);
            own.put("AOB_REPORTS_DIR", home.resolve("reports").toString());
            own.put("AOB_LOG_DIR", home.resolve("logs").toString());
            home.toFile().mkdirs();
            AppProcess worker = AppProcess.start(home, own, properties, "worker");
            children.add(worker);
            started.add(worker);
        }
        return started;
    }

    private AppProcess manager(Map<String, String> env, String... args) {
        return manager(env, Map.of(), args);
    }

    private AppProcess manager(Map<String, String> env, Map<String, String> extra, String... args) {
        Map<String, String> own = new HashMap<>(env);
        own.put("AOB_PARTITIONING", "remote");
        own.putAll(extra);
        Path home = work.resolve(env.get("name"));
        home.toFile().mkdirs();
        AppProcess manager = AppProcess.start(home, own, Map.of(), args);
        children.add(manager);
        return manager;
    }

    /** The partitions of the running settle: job execution id and step execution id. */
    private static List<long[]> partitions(JdbcTemplate jdbc) {
        return jdbc.query("SELECT JOB_EXECUTION_ID, STEP_EXECUTION_ID FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE "
                + "'settleClaimsWorker:%' ORDER BY STEP_EXECUTION_ID", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
    }

    private void send(Map<String, String> env, byte[] body) {
        new RabbitTemplate(rabbit).send("", env.get("AOB_AMQP_QUEUE"), MessageBuilder.withBody(body).build());
    }

    private QueueInformation queue(Map<String, String> env, String suffix) {
        return new RabbitAdmin(rabbit).getQueueInfo(env.get("AOB_AMQP_QUEUE") + suffix);
    }

    private void awaitConsumers(Map<String, String> env, int n) {
        for (int i = 0; i < 1200; i++) {
            QueueInformation info = queue(env, "");
            if (info != null && info.getConsumerCount() >= n) {
                return;
            }
            AppProcess.sleep(100);
        }
        throw new AssertionError(n + " workers did not start consuming: " + children);
    }

    /** Every message taken and acknowledged (or rejected): nothing waits and nothing is in a worker's hands. */
    private void awaitQueueEmpty(Map<String, String> env) {
        RabbitAdmin admin = new RabbitAdmin(rabbit);
        for (int i = 0; i < 1200; i++) {
            java.util.Properties p = admin.getQueueProperties(env.get("AOB_AMQP_QUEUE"));
            if (p != null && ((Number) p.get(RabbitAdmin.QUEUE_MESSAGE_COUNT)).intValue() == 0
                    && unacknowledged(env.get("AOB_AMQP_QUEUE")) == 0) {
                return;
            }
            AppProcess.sleep(100);
        }
        throw new AssertionError("the queue did not empty: " + children);
    }

    /** Messages delivered but not acknowledged yet (rabbitmqctl: what AMQP's passive declare does not count). */
    private static int unacknowledged(String queue) {
        for (String line : rabbitmqctl("list_queues", "-q", "--no-table-headers", "name", "messages_unacknowledged").lines().toList()) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 2 && f[0].equals(queue)) {
                return Integer.parseInt(f[1]);
            }
        }
        return 0;
    }

    private static int count(List<AppProcess> processes, String text) {
        int n = 0;
        for (AppProcess p : processes) {
            String err = p.err();
            for (int i = err.indexOf(text); i >= 0; i = err.indexOf(text, i + 1)) {
                n++;
            }
        }
        return n;
    }

    private static String rabbitmqctl(String... args) {
        List<String> command = new ArrayList<>(List.of("rabbitmqctl"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new AssertionError("rabbitmqctl " + String.join(" ", args) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void assertSameAsReference(TestDatabase db, Map<String, String> env) {
        for (String table : TableDump.QUERIES.keySet()) {
            assertThat(TableDump.dump(db.jdbc(), table)).as(table).isEqualTo(TableDump.dump(reference.jdbc(), table));
        }
        // no claim settled twice: the providers' totals tie to the day's settlements
        for (String column : new String[] {"collected", "fee", "net_to_provider"}) {
            assertThat(db.jdbc().queryForObject("SELECT SUM(" + column + ") FROM provider_totals WHERE business_date = ?",
                    java.math.BigDecimal.class, DATE)).as("provider totals' " + column)
                    .isEqualByComparingTo(db.jdbc().queryForObject("SELECT SUM(" + column + ") FROM ledger_entries "
                            + "WHERE business_date = ?", java.math.BigDecimal.class, DATE));
        }
        Path expected = work.resolve("reference/reports/daily/" + DATE);
        Path actual = Path.of(env.get("AOB_REPORTS_DIR")).resolve("daily/" + DATE);
        assertThat(files(actual)).isEqualTo(files(expected)).isNotEmpty();
        for (String file : files(expected)) {
            assertThat(Scenario.read(actual.resolve(file))).as(file).isEqualTo(Scenario.read(expected.resolve(file)));
        }
    }

    private static List<String> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new database holding the same rows: the import done once for all tests. */
    private static TestDatabase copyOf(TestDatabase from) {
        TestDatabase to = TestDatabase.mariadb();
        String source = schema(from.url());
        String target = schema(to.url());
        JdbcTemplate jdbc = to.jdbc();
        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = ? "
                + "AND table_type = 'BASE TABLE'", String.class, source);
        jdbc.execute((java.sql.Connection c) -> {
            try (Statement s = c.createStatement()) {
                for (String t : tables) {
                    s.execute("CREATE TABLE " + target + ".`" + t + "` LIKE " + source + ".`" + t + "`");
                    s.execute("INSERT INTO " + target + ".`" + t + "` SELECT * FROM " + source + ".`" + t + "`");
                }
            }
            return null;
        });
        return to;
    }

    private static String schema(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
