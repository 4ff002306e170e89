package com.aobsettlement.cli;

/** A job ended FAILED or STOPPED: exit 1; running the same command again resumes it. */
public class JobFailedException extends RuntimeException {
    public JobFailedException(String message) {
        super(message);
    }
}
