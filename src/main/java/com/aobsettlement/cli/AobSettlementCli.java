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
        try {
            SettingsCheck.validate(settings);
            SettingsCheck.remote(settings, command instanceof Command.Settle || command instanceof Command.Restart,
                    command instanceof Command.Worker);
        } catch (UsageException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_USAGE.code();
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
            context = openContext(settings);
        } catch (StartupFailure e) {
            err.println(e.getMessage());
            return ExitCode.JOB_FAILED.code();
        }
        try (context) {
            return execute(context, command, out, err);
        }
    }

    /** Starts the application context for the given settings; a failure is described in plain words. */
    public static ConfigurableApplicationContext openContext(Map<String, String> settings) {
        DatabaseSettings database = DatabaseSettings.resolve(settings);
        try {
            return new SpringApplicationBuilder(AobSettlementApplication.class).logStartupInfo(false)
                    .registerShutdownHook(false)
                    .run(springArgs(settings, database));
        } catch (Throwable e) {
            log.error("start-up failed", e);
            throw new StartupFailure(StartupFailures.describe(e, database));
        }
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
        StartupFailure(String message) {
            super(message);
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
