package com.aobsettlement.batch;

/** A file the user gave cannot be imported as it is (unreadable, or the wrong header): a usage error, not a failed job. */
public class InputFileException extends RuntimeException {
    public InputFileException(String message) {
        super(message);
    }
}
