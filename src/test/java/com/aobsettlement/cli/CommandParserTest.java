package com.aobsettlement.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aobsettlement.support.Inaccessible;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line says before anything starts: help for each command, and plain words for a file it cannot read. */
class CommandParserTest {

    record Run(int exit, String out, String err) {
    }

    /** Runs the command line with settings under which the application could not start (a database nobody listens on). */
    static Run run(Path work, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> settings = Map.of("AOB_DB_URL", "jdbc:mysql://127.0.0.1:9/none", "AOB_LOG_DIR",
                work.resolve("logs").toString(), "AOB_REPORTS_DIR", work.resolve("reports").toString(), "AOB_QUARANTINE_DIR",
                work.resolve("quarantine").toString());
        int exit = AobSettlementCli.run(args, settings, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyCommandHasItsHelp_withoutStartingTheApplication(@TempDir Path work) {
        Map<String, String> forms = Map.of(
                "import", "import providers|payers|fee-schedule|assignments|remittances|dispute-actions|deposits|era FILE",
                "settle", "settle --date YYYY-MM-DD | --through YYYY-MM-DD [--from YYYY-MM-DD]",
                "status", "status",
                "restart", "restart [EXECUTION_ID]",
                "reconcile", "reconcile --month YYYY-MM [--reopen] [--preview]",
                "demo-data", "demo-data DIR [--claims N] [--seed S]");
        forms.forEach((command, form) -> {
            for (String flag : new String[] {"--help", "-h"}) {
                Run r = run(work, command, flag);
                assertThat(r.exit()).as(command + " " + flag + "\n" + r).isZero();
                assertThat(r.err()).isEmpty();
                assertThat(r.out()).startsWith("Usage: java -jar aob-settlement.jar " + form + "\n")
                        .contains("\nOptions:\n").contains("\nExample:\n  java -jar aob-settlement.jar " + command);
            }
        });
        // anywhere after the command, and as `help COMMAND`
        assertThat(run(work, "settle", "--date", "2026-11-26", "--help").out()).startsWith("Usage: java -jar aob-settlement.jar settle");
        assertThat(run(work, "import", "assignments", "-h").out()).startsWith("Usage: java -jar aob-settlement.jar import");
        assertThat(run(work, "help", "reconcile").out()).startsWith("Usage: java -jar aob-settlement.jar reconcile");
        // the application never started: it would have failed on the database, and logging would have made its folder
        assertThat(work.resolve("logs")).doesNotExist();
    }

    @Test
    void topLevelHelpListsTheCommandsWithAnExample(@TempDir Path work) {
        for (String flag : new String[] {"--help", "-h", "help"}) {
            Run r = run(work, flag);
            assertThat(r.exit()).isZero();
            assertThat(r.out()).startsWith("Usage:\n")
                    .contains("  java -jar aob-settlement.jar settle --date YYYY-MM-DD\n")
                    .contains("\nExample:\n  java -jar aob-settlement.jar settle --date 2026-11-26\n")
                    .contains("COMMAND --help");
        }
        Run none = run(work);
        assertThat(none.exit()).isZero();
        assertThat(none.out()).startsWith("Usage:\n");
    }

    @Test
    void aFolderGivenToImportIsNamedAsSuch(@TempDir Path work) {
        assertThatThrownBy(() -> CommandParser.parse(new String[] {"import", "providers", work.toString()}))
                .hasMessage("Cannot read " + work + ": it is a directory. Give the path of the CSV file (only `import era` "
                        + "takes a folder).");
        // an 835 folder is fine
        assertThat(CommandParser.parse(new String[] {"import", "era", work.toString()})).isInstanceOf(Command.Import.class);
    }

    @Test
    void anUnreadableFileIsNamedAsSuch(@TempDir Path work) {
        Path file = Inaccessible.file(work);
        assertThat(file).exists();
        assertThatThrownBy(() -> CommandParser.parse(new String[] {"import", "providers", file.toString()}))
                .hasMessage("Cannot read " + file + ": permission denied. Make it readable for the user that runs the command.");
    }

    @Test
    void aMissingFileIsNamedAsSuch(@TempDir Path work) {
        Path file = work.resolve("nowhere.csv");
        assertThatThrownBy(() -> CommandParser.parse(new String[] {"import", "providers", file.toString()}))
                .hasMessage("Cannot read " + file + ": no such readable file. Check the path.");
    }

    @Test
    void argumentsEchoedInMessagesShowControlCharactersEscaped(@TempDir Path work) {
        assertThatThrownBy(() -> CommandParser.parse(new String[] {"settle", "--date", "2026-11-2\u00006\u001b[2J"}))
                .hasMessage("'2026-11-2\\x006\\x1b[2J' is not a date. Give it as YYYY-MM-DD, e.g. 2026-11-26.");
        assertThatThrownBy(() -> CommandParser.parse(new String[] {"sett\nle"}))
                .hasMessage("Unknown command 'sett\\x0ale'. Run with --help to see the commands.");
        Path bell = work.resolve("a\u0007.csv");
        assertThatThrownBy(() -> CommandParser.parse(new String[] {"import", "providers", bell.toString()}))
                .hasMessage("Cannot read " + work + "/a\\x07.csv: no such readable file. Check the path.");
    }

    @Test
    void settleThroughTakesAnOptionalFirstDate() {
        assertThat(CommandParser.parse(new String[] {"settle", "--through", "2026-11-30"}))
                .isEqualTo(new Command.SettleThrough(java.time.LocalDate.parse("2026-11-30"), null));
        assertThat(CommandParser.parse(new String[] {"settle", "--from=2026-11-23", "--through", "2026-11-30"}))
                .isEqualTo(new Command.SettleThrough(java.time.LocalDate.parse("2026-11-30"), java.time.LocalDate.parse("2026-11-23")));
        assertThat(CommandParser.parse(new String[] {"settle", "--date=2026-11-26"}))
                .isEqualTo(new Command.Settle(java.time.LocalDate.parse("2026-11-26")));
        String form = "Expected: settle --date YYYY-MM-DD, or settle --through YYYY-MM-DD [--from YYYY-MM-DD]";
        assertThatThrownBy(() -> CommandParser.parse(new String[] {"settle", "--date", "2026-11-26", "--through", "2026-11-30"}))
                .hasMessage(form);
        assertThatThrownBy(() -> CommandParser.parse(new String[] {"settle", "--from", "2026-11-23"})).hasMessage(form);
        assertThatThrownBy(() -> CommandParser.parse(new String[] {"settle"})).hasMessage(form);
        assertThatThrownBy(() -> CommandParser.parse(new String[] {"settle", "--through"}))
                .hasMessage("Option --through needs a date. " + form);
        assertThatThrownBy(() -> CommandParser.parse(new String[] {"settle", "--through", "2026-11-30", "--from", "2026-12-01"}))
                .hasMessage("--from 2026-12-01 is after --through 2026-11-30: give the first date to settle, up to the last.");
        assertThatThrownBy(() -> CommandParser.parse(new String[] {"settle", "--until", "2026-11-30"}))
                .hasMessage("Unexpected '--until'. " + form);
    }
}
