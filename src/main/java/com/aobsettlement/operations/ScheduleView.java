package com.aobsettlement.operations;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Where the books stand against the business calendar, and what the nightly schedule will do next:
 * what `status`, the operator's page and the business gauges show.
 */
public interface ScheduleView {
    /** The last business date whose settlement completed; empty before the first. */
    Optional<LocalDate> lastSettled();

    /** Business dates up to today that are due and not settled, oldest first (empty when up to date). */
    List<LocalDate> backlog();

    /** When the schedule of a running `serve` process fires next; empty when none runs. */
    Optional<ZonedDateTime> nextRun();

    /** A failure the schedule stopped retrying, with what to do; empty when none. */
    Optional<String> lastFailure();
}
