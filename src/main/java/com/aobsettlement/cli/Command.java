package com.aobsettlement.cli;

import com.aobsettlement.imports.ImportKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

/** A parsed command line. */
public sealed interface Command {

    record Import(ImportKind kind, Path file) implements Command {
    }

    record Settle(LocalDate businessDate) implements Command {
    }

    /** {@code settle --through D [--from D0]}: every unsettled business date up to D, in order ({@code from} null when not given). */
    record SettleThrough(LocalDate through, LocalDate from) implements Command {
    }

    /** {@code reconcile --month M [--reopen] [--preview]}: a preview leaves the month open. */
    record Reconcile(YearMonth month, boolean reopen, boolean preview) implements Command {
    }

    record Status() implements Command {
    }

    /** {@code serve}: the long-running web application (operator's page, metrics, the nightly schedule). */
    record Serve() implements Command {
    }

    /** {@code executionId} null: the latest failed or stopped run. */
    record Restart(Long executionId) implements Command {
    }

    /** {@code worker}: runs the settle step's partitions sent over RabbitMQ until SIGTERM. */
    record Worker() implements Command {
    }

    record Demo(Path directory, int claims, long seed) implements Command {
    }

    /** {@code command} null: the overview of all commands. */
    record Help(String command) implements Command {
    }
}
