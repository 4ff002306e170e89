package com.aobsettlement.cli;

import com.aobsettlement.imports.ImportKind;
import java.io.PrintStream;
import org.springframework.stereotype.Component;

/** Dispatches a parsed command to its handler inside the Spring context. */
@Component
public class CommandRunner {
    private final ImportCommand importCommand;
    private final SettleCommand settleCommand;
    private final StatusCommand statusCommand;
    private final RestartCommand restartCommand;
    private final ReconcileCommand reconcileCommand;
    private final EraImportCommand eraImportCommand;
    private final WorkerCommand workerCommand;

    public CommandRunner(ImportCommand importCommand, SettleCommand settleCommand, StatusCommand statusCommand,
                         RestartCommand restartCommand, ReconcileCommand reconcileCommand, EraImportCommand eraImportCommand,
                         WorkerCommand workerCommand) {
        this.importCommand = importCommand;
        this.settleCommand = settleCommand;
        this.statusCommand = statusCommand;
        this.restartCommand = restartCommand;
        this.reconcileCommand = reconcileCommand;
        this.eraImportCommand = eraImportCommand;
        this.workerCommand = workerCommand;
    }

    public void run(Command command, PrintStream out, PrintStream err) {
        if (command instanceof Command.Import i && i.kind() == ImportKind.ERA) {
            eraImportCommand.run(i, out, err);
        } else if (command instanceof Command.Import i) {
            importCommand.run(i, out, err);
        } else if (command instanceof Command.Settle s) {
            settleCommand.run(s.businessDate(), out, err);
        } else if (command instanceof Command.SettleThrough s) {
            settleCommand.runThrough(s.through(), java.util.Optional.ofNullable(s.from()), out, err);
        } else if (command instanceof Command.Reconcile r) {
            reconcileCommand.run(r, out, err);
        } else if (command instanceof Command.Status) {
            statusCommand.run(out);
        } else if (command instanceof Command.Restart r) {
            restartCommand.run(r.executionId(), out, err);
        } else if (command instanceof Command.Worker) {
            workerCommand.run(err);
        } else {
            throw new IllegalStateException(command + " runs without the application context");
        }
    }
}
