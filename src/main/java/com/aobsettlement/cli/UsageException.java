package com.aobsettlement.cli;

/** A user error on the command line or in the configuration: exit 2 with a plain message. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
