package com.aobsettlement.cli;

import java.io.PrintStream;
import org.springframework.stereotype.Component;

/** Dispatches a parsed command to its handler inside the Spring context. */
@Component
public class CommandRunner {
    private final ImportCommand importCommand;
    private final SettleCommand settleCommand;
    private final StatusCommand statusCommand;
    private final EraImportCommand eraImportCommand;

    public CommandRunner(ImportCommand importCommand, SettleCommand settleCommand, StatusCommand statusCommand,
                         EraImportCommand eraImportCommand) {
        this.importCommand = importCommand;
        this.settleCommand = settleCommand;
        this.statusCommand = statusCommand;
        this.eraImportCommand = eraImportCommand;
    }

    public void run(Command command, PrintStream out, PrintStream err) {
        if (command instanceof Command.Import i && i.kind() == ImportKind.ERA) {
            eraImportCommand.run(i, out, err);
        } else if (command instanceof Command.Import i) {
            importCommand.run(i, out, err);
        } else if (command instanceof Command.Settle s) {
            settleCommand.run(s.businessDate(), out, err);
        } else if (command instanceof Command.Status) {
            statusCommand.run(out);
        } else {
            throw new IllegalStateException(command + " runs without the application context");
        }
    }
}
