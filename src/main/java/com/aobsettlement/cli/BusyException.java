package com.aobsettlement.cli;

/**
 * Refused because another process runs a job that holds the lock (exit 3 like any refusal): the
 * command may simply be tried again once it is done. The nightly schedule waits and tries later.
 */
public class BusyException extends RefusedException {
    public BusyException(String message) {
        super(message);
    }
}
