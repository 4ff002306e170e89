package com.aobsettlement.cli;

import com.aobsettlement.batch.InputFileException;
import com.aobsettlement.batch.PrintableText;
import com.aobsettlement.imports.ImportKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Turns the arguments into a {@link Command}, or a {@link UsageException} saying what is wrong and what to do. */
public final class CommandParser {

    public static final String USAGE = String.join("\n",
            "Usage:",
            "  java -jar aob-settlement.jar import " + ImportKind.words() + " FILE   (era: an 835 file or a folder)",
            "  java -jar aob-settlement.jar settle --date YYYY-MM-DD",
            "  java -jar aob-settlement.jar settle --through YYYY-MM-DD [--from YYYY-MM-DD]   (catch-up)",
            "  java -jar aob-settlement.jar reconcile --month YYYY-MM [--reopen] [--preview]",
            "  java -jar aob-settlement.jar status",
            "  java -jar aob-settlement.jar restart [EXECUTION_ID]",
            "  java -jar aob-settlement.jar serve",
            "  java -jar aob-settlement.jar demo-data DIR [--claims N] [--seed S]",
            "  java -jar aob-settlement.jar worker                (runs settle partitions sent by AOB_PARTITIONING=remote)",
            "Configuration: AOB_DB_URL, AOB_DB_USER, AOB_DB_PASSWORD, AOB_REPORTS_DIR, AOB_LOG_DIR, AOB_QUARANTINE_DIR,",
            "  AOB_ZONE and more (README \"Configuration\").");
    private static final List<String> COMMANDS = List.of("import", "settle", "reconcile", "status", "restart", "serve", "demo-data", "worker");

    private CommandParser() {
    }

    public static Command parse(String[] args) {
        List<String> a = List.of(args);
        if (a.isEmpty() || a.get(0).equals("--help") || a.get(0).equals("-h")) {
            return new Command.Help(null);
        }
        if (a.get(0).equals("help")) {
            return new Command.Help(a.size() > 1 && COMMANDS.contains(a.get(1)) ? a.get(1) : null);
        }
        if (COMMANDS.contains(a.get(0)) && (a.contains("--help") || a.contains("-h"))) {
            return new Command.Help(a.get(0));
        }
        return switch (a.get(0)) {
            case "import" -> parseImport(a);
            case "settle" -> parseSettle(a);
            case "reconcile" -> parseReconcile(a);
            case "status" -> {
                expectCount(a, 1, "status");
                yield new Command.Status();
            }
            case "serve" -> {
                expectCount(a, 1, "serve");
                yield new Command.Serve();
            }
            case "restart" -> parseRestart(a);
            case "demo-data" -> parseDemo(a);
            case "worker" -> {
                expectCount(a, 1, "worker");
                yield new Command.Worker();
            }
            default -> throw new UsageException("Unknown command '" + shown(a.get(0)) + "'. Run with --help to see the commands.");
        };
    }

    private static Command parseImport(List<String> a) {
        if (a.size() != 3) {
            throw new UsageException("import needs a kind and a file: import " + ImportKind.words() + " FILE");
        }
        ImportKind kind = ImportKind.fromWord(a.get(1)).orElseThrow(() -> new UsageException(
                "Unknown import kind '" + shown(a.get(1)) + "'. Use one of: " + ImportKind.words() + "."));
        Path file = path(a.get(2));
        if (kind == ImportKind.ERA && Files.isDirectory(file)) {
            try (var folder = Files.newDirectoryStream(file)) {
                // readable
            } catch (IOException e) {
                throw InputFileException.cannotRead(file, e);
            }
        } else {
            checkReadable(file);
        }
        return new Command.Import(kind, file.toAbsolutePath().normalize());
    }

    /** Opens the file to see that it can be read, so that the message says why not (the header check reads it next). */
    private static void checkReadable(Path file) {
        if (Files.isDirectory(file)) {
            throw InputFileException.cannotRead(file, "it is a directory. Give the path of the CSV file (only `import era` "
                    + "takes a folder).");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw InputFileException.cannotRead(file, "it is not a regular file. Give the path of the CSV file.");
        }
        try (var channel = Files.newByteChannel(file)) {
            // readable
        } catch (IOException e) {
            throw InputFileException.cannotRead(file, e);
        }
    }

    private static Command parseSettle(List<String> a) {
        String form = "settle --date YYYY-MM-DD, or settle --through YYYY-MM-DD [--from YYYY-MM-DD]";
        String date = null;
        String through = null;
        String from = null;
        for (int i = 1; i < a.size(); i++) {
            String arg = a.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!List.of("--date", "--through", "--from").contains(name)) {
                throw new UsageException("Unexpected '" + shown(arg) + "'. Expected: " + form);
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < a.size()) {
                value = a.get(++i);
            } else {
                throw new UsageException("Option " + name + " needs a date. Expected: " + form);
            }
            switch (name) {
                case "--date" -> date = value;
                case "--through" -> through = value;
                default -> from = value;
            }
        }
        if (date != null && through == null && from == null) {
            return new Command.Settle(parseDate(date));
        }
        if (date == null && through != null) {
            LocalDate end = parseDate(through);
            LocalDate start = from == null ? null : parseDate(from);
            if (start != null && start.isAfter(end)) {
                throw new UsageException("--from " + start + " is after --through " + end + ": give the first date to settle, "
                        + "up to the last.");
            }
            return new Command.SettleThrough(end, start);
        }
        throw new UsageException("Expected: " + form);
    }

    private static Command parseRestart(List<String> a) {
        if (a.size() == 1) {
            return new Command.Restart(null);
        }
        if (a.size() == 2 && a.get(1).matches("\\d{1,18}")) {
            return new Command.Restart(Long.parseLong(a.get(1)));
        }
        throw new UsageException("Expected: restart [EXECUTION_ID] (a number from `status`)");
    }

    private static Command parseReconcile(List<String> a) {
        String form = "reconcile --month YYYY-MM [--reopen] [--preview]";
        String month = null;
        boolean reopen = false;
        boolean preview = false;
        for (int i = 1; i < a.size(); i++) {
            String arg = a.get(i);
            if (arg.equals("--month") && i + 1 < a.size()) {
                month = a.get(++i);
            } else if (arg.startsWith("--month=")) {
                month = arg.substring("--month=".length());
            } else if (arg.equals("--reopen")) {
                reopen = true;
            } else if (arg.equals("--preview")) {
                preview = true;
            } else {
                throw new UsageException("Unexpected '" + shown(arg) + "'. Expected: " + form);
            }
        }
        if (month == null) {
            throw new UsageException("reconcile needs the month. Expected: " + form);
        }
        try {
            return new Command.Reconcile(YearMonth.parse(month), reopen, preview);
        } catch (DateTimeParseException e) {
            throw new UsageException("'" + shown(month) + "' is not a month. Give it as YYYY-MM, e.g. 2026-11.");
        }
    }

    private static Command parseDemo(List<String> a) {
        if (a.size() < 2) {
            throw new UsageException("demo-data needs a folder: demo-data DIR [--claims N] [--seed S]");
        }
        int claims = 60;
        long seed = 20261126L;
        for (int i = 2; i < a.size(); i += 2) {
            if (i + 1 >= a.size()) {
                throw new UsageException("Option " + shown(a.get(i)) + " needs a value.");
            }
            try {
                switch (a.get(i)) {
                    case "--claims" -> claims = Integer.parseInt(a.get(i + 1));
                    case "--seed" -> seed = Long.parseLong(a.get(i + 1));
                    default -> throw new UsageException("Unknown option " + shown(a.get(i)) + " for demo-data.");
                }
            } catch (NumberFormatException e) {
                throw new UsageException("Option " + shown(a.get(i)) + " needs a whole number, not '" + shown(a.get(i + 1)) + "'.");
            }
        }
        if (claims < 1) {
            throw new UsageException("--claims must be at least 1.");
        }
        return new Command.Demo(path(a.get(1)), claims, seed);
    }

    private static void expectCount(List<String> a, int n, String form) {
        if (a.size() != n) {
            throw new UsageException("Expected: " + form + " (no further arguments)");
        }
    }

    static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("'" + shown(text) + "' is not a date. Give it as YYYY-MM-DD, e.g. 2026-11-26.");
        }
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new UsageException("'" + shown(text) + "' is not a path: " + e.getReason() + ".");
        }
    }

    private static String shown(String argument) {
        return PrintableText.escape(argument);
    }
}
