package com.aobsettlement.cli;

import java.nio.file.Path;

/** Where the log file is, for messages that point the user to it. */
final class LogFiles {
    private LogFiles() {
    }

    static Path current() {
        String dir = System.getProperty("AOB_LOG_DIR", System.getenv().getOrDefault("AOB_LOG_DIR", "./logs"));
        return Path.of(dir, "aob-settlement.log").toAbsolutePath().normalize();
    }
}
