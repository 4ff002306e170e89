package com.aobsettlement.cli;

/** The command was understood but refused, for example a date already settled: exit 3. */
public class RefusedException extends RuntimeException {
    public RefusedException(String message) {
        super(message);
    }
}
