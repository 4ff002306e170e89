package com.aobsettlement.cli;

import com.aobsettlement.imports.ImportKind;

/** What {@code COMMAND --help} prints: the command's usage, its options and an example (README "Command line"). */
final class CommandHelp {
    static final String JAR = "java -jar aob-settlement.jar";
    private static final String HELP_OPTION = "  -h, --help          this help\n";
    private static final String EXIT_CODES = "Exit codes: 0 done, 1 failed (run the same command again to resume), 2 bad usage "
            + "or settings, 3 refused.\n";

    private CommandHelp() {
    }

    /** The help of a command word; the overview for null. */
    static String of(String command) {
        if (command == null) {
            return CommandParser.USAGE + "\n\nRun COMMAND --help for a command's options and an example.\n\n"
                    + "Example:\n  " + JAR + " settle --date 2026-11-26\n\n" + EXIT_CODES;
        }
        return switch (command) {
            case "import" -> help("import " + ImportKind.words() + " FILE",
                    "Checks the file's header, then imports it as a chunked, restartable job. Every bad row becomes an\n"
                            + "exception row with a reason code and the import goes on; a file already imported (same content)\n"
                            + "is refused. `import era` takes an X12 835 file, or a folder of them (imported in name order).\n",
                    "  KIND                what the file holds: a CSV kind (README \"Input files\") or era (835)\n"
                            + "  FILE                the file (era: a file or a folder)\n",
                    "import assignments data/demo/assignments.csv");
            case "settle" -> help("settle --date YYYY-MM-DD | --through YYYY-MM-DD [--from YYYY-MM-DD]",
                    "The end-of-day settlement of one business date: settles the open claims, opens, updates and\n"
                            + "expires disputes, writes the ledger and the day's reports (AOB_REPORTS_DIR/daily/DATE/).\n"
                            + "Dates go forward in order, up to today in AOB_ZONE; a date whose run failed or stopped is\n"
                            + "finished first, by the same command or `restart`.\n"
                            + "--through catches up: every business date after the last settled one, up to the date, one\n"
                            + "run each, oldest first (weekends and federal holidays have no run; a settled date is not run\n"
                            + "again). It stops at the first failure (exit 1) and names the date; the same command resumes.\n"
                            + "A missed date in a closed month is refused (exit 3), never skipped. With nothing settled yet,\n"
                            + "it settles the date alone, or every business date from --from.\n",
                    "  --date YYYY-MM-DD     the business date to settle\n"
                            + "  --through YYYY-MM-DD  settle every unsettled business date up to this one (catch-up)\n"
                            + "  --from YYYY-MM-DD     with --through, before the first settlement: the first date to settle\n",
                    "settle --through 2026-11-30");
            case "status" -> help("status",
                    "Lists the recent job runs: id, job, parameters, status, start and end, items read, written and\n"
                            + "skipped. A run whose process is gone is marked FAILED, so that `restart` resumes it.\n",
                    "",
                    "status");
            case "restart" -> help("restart [EXECUTION_ID]",
                    "Resumes a failed or stopped run from its last committed chunk: the one given, or the latest.\n"
                            + "A run whose process is alive, a completed run and an import whose file changed are refused.\n",
                    "  EXECUTION_ID        the run to resume, an id from `status` (default: the latest failed or stopped)\n",
                    "restart 42");
            case "reconcile" -> help("reconcile --month YYYY-MM [--reopen] [--preview]",
                    "The month-end reconciliation: writes the monthly files (AOB_REPORTS_DIR/monthly/MONTH/) and\n"
                            + "closes the month, after which `settle` refuses its dates.\n",
                    "  --month YYYY-MM     the month to reconcile\n"
                            + "  --preview           write the same files and leave the month open\n"
                            + "  --reopen            reconcile a closed month again (the reopening is recorded)\n",
                    "reconcile --month 2026-11 --preview");
            case "serve" -> help("serve",
                    "Runs until stopped (SIGTERM or Ctrl-C): the operator's page at http://AOB_HTTP_ADDRESS:AOB_HTTP_PORT/\n"
                            + "(default http://127.0.0.1:8080/), /actuator/health and /actuator/prometheus, and the nightly\n"
                            + "schedule. Any address but a loopback one needs AOB_WEB_USER and AOB_WEB_PASSWORD; when they are\n"
                            + "set every path but /actuator/health asks for them (README \"Watching it\").\n",
                    "",
                    "serve");
            case "demo-data" -> help("demo-data DIR [--claims N] [--seed S]",
                    "Writes a generated data set (no real people) to DIR: the CSV files that `import` takes, for\n"
                            + "business date 2026-11-26. It needs no database.\n",
                    "  DIR                 the folder to write (created when missing)\n"
                            + "  --claims N          how many claims (default 60)\n"
                            + "  --seed S            the random seed (default 20261126): the same seed writes the same files\n",
                    "demo-data data/demo --claims 1000");
            case "worker" -> help("worker",
                    "Runs the settle step's partitions on this machine for a `settle` started elsewhere with\n"
                            + "AOB_PARTITIONING=remote: takes them one at a time from the RabbitMQ queue AOB_AMQP_QUEUE at\n"
                            + "AOB_AMQP_URL and settles them in the shared MySQL/MariaDB database (AOB_DB_URL). Runs until\n"
                            + "SIGTERM or Ctrl-C, which stops the partition in hand after its current chunk (`restart`\n"
                            + "finishes it). README \"Running on several machines\".\n",
                    "",
                    "worker");
            default -> throw new IllegalArgumentException(command);
        };
    }

    private static String help(String form, String description, String options, String example) {
        return "Usage: " + JAR + " " + form + "\n\n" + description + "\nOptions:\n" + options + HELP_OPTION
                + "\nExample:\n  " + JAR + " " + example + "\n\n" + EXIT_CODES;
    }
}
