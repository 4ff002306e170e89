package com.aobsettlement.cli;

import com.aobsettlement.batch.FileDigest;
import com.aobsettlement.imports.ImportKind;
import com.aobsettlement.AobSettlementApplication;
import com.aobsettlement.demo.DemoDataGenerator;
import com.aobsettlement.batch.InputFileException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import com.aobsettlement.operations.BusinessMetrics;
import org.springframework.context.event.ContextClosedEvent;
import sun.misc.Signal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line: parses the arguments before anything starts, starts the Spring context for
 * the command, and is the one place that turns outcomes into exit codes and plain messages (the
 * full trace of an unexpected error goes to the log file only).
 */
public final class AobSettlementCli {
    private static final Logger log = LoggerFactory.getLogger(AobSettlementCli.class);

    private AobSettlementCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, Map.of(), System.out, System.err));
    }

    /**
     * Runs one command.
     *
     * @param settings AOB_* settings that take precedence over the environment (tests use them)
     */
    public static int run(String[] args, Map<String, String> settings, PrintStream out, PrintStream err) {
        Command command;
        try {
            command = CommandParser.parse(args);
        } catch (UsageException | InputFileException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_USAGE.code();
        }
        if (command instanceof Command.Help help) {
            out.print(CommandHelp.of(help.command()));
            return ExitCode.DONE.code();
        }
        if (command instanceof Command.Demo demo) {
            return demo(demo, out, err);
        }
        List<String> pushgateway;
        try {
            SettingsCheck.validate(settings);
            pushgateway = Pushgateway.properties(settings, args[0]);
            SettingsCheck.remote(settings, command instanceof Command.Settle || command instanceof Command.SettleThrough
                            || command instanceof Command.Restart || command instanceof Command.Serve,
                    command instanceof Command.Worker);
        } catch (UsageException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_USAGE.code();
        }
        if (command instanceof Command.Serve) {
            return serve(settings, out, err);
        }
        if (command instanceof Command.Import imp && imp.kind() != ImportKind.ERA) {
            FileDigest.start(imp.file()); // reads the file while the context starts
        }
        if (command instanceof Command.Worker) {
            settings = new java.util.HashMap<>(settings);
            settings.put("AOB_PARTITIONING", "remote"); // a worker runs remote partitions: it writes no report parts
        }
        ConfigurableApplicationContext context;
        try {
            context = openContext(settings, pushgateway, false);
        } catch (StartupFailure e) {
            err.println(e.getMessage());
            return e.exitCode().code();
        }
        try (context) {
            int code = execute(context, command, out, err);
            if (!pushgateway.isEmpty()) {
                // the push happens as the context closes, when the database may be gone: read the gauges now
                context.getBean(BusinessMetrics.class).refresh();
            }
            return code;
        }
    }

    /** Starts the (non-web) application context for the given settings; a failure is described in plain words. */
    public static ConfigurableApplicationContext openContext(Map<String, String> settings) {
        return openContext(settings, List.of(), false);
    }

    /**
     * Starts the application context: the plain batch context of the commands, or with {@code web} the web
     * application of `serve` (embedded server, operator's page, actuator endpoints, the schedule).
     */
    public static ConfigurableApplicationContext openContext(Map<String, String> settings, List<String> properties, boolean web) {
        DatabaseSettings database = DatabaseSettings.resolve(settings);
        verifyServer(settings, database);
        List<String> args = new ArrayList<>(List.of(springArgs(settings, database)));
        args.addAll(properties);
        if (web) {
            args.add("--spring.main.web-application-type=servlet");
            args.add("--aob.serve.enabled=true");
        }
        try {
            return new SpringApplicationBuilder(AobSettlementApplication.class).logStartupInfo(false)
                    .registerShutdownHook(web)
                    .run(args.toArray(String[]::new));
        } catch (Throwable e) {
            log.error("start-up failed", e);
            String tls = StartupFailures.tls(e, database, DatabaseSettings.setting(settings, "AOB_DB_CA"));
            throw tls != null ? new StartupFailure(tls, ExitCode.BAD_USAGE) : new StartupFailure(StartupFailures.describe(e, database));
        }
    }

    /**
     * Where the driver verifies the server (AOB_DB_CA, or sslMode=VERIFY_* in the URL), one
     * connection first: a certificate that does not match is a setting to correct (exit 2, one line),
     * told at once. Any other failure is left to the start-up, which says it as before.
     */
    private static void verifyServer(Map<String, String> settings, DatabaseSettings database) {
        if (!database.url().startsWith("jdbc:mysql:") || !database.url().contains("sslMode=VERIFY_")) {
            return;
        }
        try {
            com.aobsettlement.store.DatabaseHandshake.attempt(database.url(), user(settings),
                    DatabaseSettings.setting(settings, "AOB_DB_PASSWORD"));
        } catch (java.sql.SQLException | RuntimeException e) {
            String tls = StartupFailures.tls(e, database, DatabaseSettings.setting(settings, "AOB_DB_CA"));
            if (tls != null) {
                // not logged: logging starts with the context, and the line says it all
                throw new StartupFailure(tls, ExitCode.BAD_USAGE);
            }
        }
    }

    private static String user(Map<String, String> settings) {
        String user = DatabaseSettings.setting(settings, "AOB_DB_USER");
        return user != null ? user : "sa"; // application.properties' default
    }

    /** Runs one parsed command in a started context and returns its exit code. */
    public static int execute(ConfigurableApplicationContext context, Command command, PrintStream out, PrintStream err) {
        try {
            context.getBean(CommandRunner.class).run(command, out, err);
            return ExitCode.DONE.code();
        } catch (Throwable e) {
            return report(e, err);
        }
    }

    /** The context could not start; the message says why in plain words. */
    public static final class StartupFailure extends RuntimeException {
        private final ExitCode exitCode;

        StartupFailure(String message) {
            this(message, ExitCode.JOB_FAILED);
        }

        StartupFailure(String message, ExitCode exitCode) {
            super(message);
            this.exitCode = exitCode;
        }

        /** 2 for a setting to correct (the server's certificate refused), else 1. */
        public ExitCode exitCode() {
            return exitCode;
        }
    }

    private static int report(Throwable e, PrintStream err) {
        if (e instanceof UsageException || e instanceof InputFileException) {
            err.println(e.getMessage());
            return ExitCode.BAD_USAGE.code();
        }
        if (e instanceof RefusedException) {
            err.println(e.getMessage());
            return ExitCode.REFUSED.code();
        }
        if (e instanceof JobFailedException) {
            log.error("job failed: {}", e.getMessage());
            err.println(e.getMessage());
            return ExitCode.JOB_FAILED.code();
        }
        log.error("unexpected error", e);
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        err.println("Failed: " + (root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().lines()
                .findFirst().orElse("")));
        err.println("The log file (" + LogFiles.current() + ") has the details.");
        return ExitCode.JOB_FAILED.code();
    }

    private static String[] springArgs(Map<String, String> settings, DatabaseSettings database) {
        List<String> args = new ArrayList<>();
        settings.forEach((k, v) -> args.add("--" + k + "=" + v));
        args.add("--spring.datasource.url=" + database.url());
        return args.toArray(String[]::new);
    }

    /**
     * `serve`: the web application, until SIGTERM or Ctrl-C closes it (graceful: requests in flight end,
     * the schedule stops its job at a chunk boundary), then exit 0.
     */
    static int serve(Map<String, String> settings, PrintStream out, PrintStream err) {
        ServeSettings web;
        try {
            web = ServeSettings.of(settings);
        } catch (UsageException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_USAGE.code();
        }
        ConfigurableApplicationContext context;
        try {
            context = openContext(settings, List.of("--server.address=" + web.address(), "--server.port=" + web.port()), true);
        } catch (StartupFailure e) {
            err.println(e.getMessage());
            return ExitCode.JOB_FAILED.code();
        }
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    err.println("Stopping (SIG" + name + ")…");
                    context.close();
                });
            } catch (IllegalArgumentException e) {
                log.debug("signal {} not handled here: {}", name, e.getMessage());
            }
        }
        out.println("Serving the operator's page on " + web.url() + (web.credentials() ? " (sign-in required)" : "")
                + "; metrics on " + web.url() + "actuator/prometheus. Stop with SIGTERM or Ctrl-C.");
        out.flush();
        try {
            if (context.isActive()) {
                closed.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            context.close();
        }
        out.println("Stopped.");
        return ExitCode.DONE.code();
    }

    private static int demo(Command.Demo demo, PrintStream out, PrintStream err) {
        try {
            DemoDataGenerator.Summary s = DemoDataGenerator.write(demo.directory(), demo.claims(), demo.seed());
            out.printf("Wrote demo data for business date %s to %s: %,d claims, %,d lines, %,d remittances%n",
                    DemoDataGenerator.BUSINESS_DATE, demo.directory().toAbsolutePath().normalize(), s.claims(), s.lines(),
                    s.remittances());
            return ExitCode.DONE.code();
        } catch (RuntimeException e) {
            err.println("Cannot write demo data to " + demo.directory() + ": " + e.getMessage());
            return ExitCode.BAD_USAGE.code();
        }
    }

    static Path logDir(Map<String, String> settings) {
        return Path.of(settings.getOrDefault("AOB_LOG_DIR", "logs"));
    }
}
