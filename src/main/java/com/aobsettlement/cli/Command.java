package com.aobsettlement.cli;

import java.nio.file.Path;
import java.time.LocalDate;

/** A parsed command line. */
public sealed interface Command {

    record Import(ImportKind kind, Path file) implements Command {
    }

    record Settle(LocalDate businessDate) implements Command {
    }

    record Status() implements Command {
    }

    /** {@code executionId} null: the latest failed or stopped run. */
    record Restart(Long executionId) implements Command {
    }

    record Demo(Path directory, int claims, long seed) implements Command {
    }

    record Help() implements Command {
    }
}
