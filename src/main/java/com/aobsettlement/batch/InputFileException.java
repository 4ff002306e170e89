package com.aobsettlement.batch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A file the user gave cannot be imported as it is (unreadable, or the wrong header): a usage error, not a failed job. */
public class InputFileException extends RuntimeException {
    public InputFileException(String message) {
        super(message);
    }

    /** "Cannot read P: why", in plain words: no such file, a directory, permission denied. */
    public static InputFileException cannotRead(Path file, IOException e) {
        String why;
        if (e instanceof NoSuchFileException) {
            why = "no such readable file. Check the path.";
        } else if (e instanceof AccessDeniedException) {
            why = "permission denied. Make it readable for the user that runs the command.";
        } else if ("Is a directory".equals(e.getMessage())) {
            why = "it is a directory.";
        } else {
            why = PrintableText.escape(String.valueOf(e.getMessage()));
        }
        return cannotRead(file, why);
    }

    public static InputFileException cannotRead(Path file, String why) {
        return new InputFileException("Cannot read " + PrintableText.escape(file.toString()) + ": " + why);
    }
}
