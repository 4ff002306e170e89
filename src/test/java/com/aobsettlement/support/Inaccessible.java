package com.aobsettlement.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A folder this user cannot create files in, and a file it cannot read, for the tests of plain
 * messages. File modes stop other users only: root reads and writes through them, so as root the
 * tests use what the kernel refuses even to root (sysfs takes no new files; a write-only sysctl
 * cannot be opened for reading). Where neither exists the test fails, saying so: a skipped test would prove nothing.
 */
public final class Inaccessible {
    private Inaccessible() {
    }

    public static Path folder(Path work) {
        Path dir = work.resolve("read-only");
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!canCreateIn(dir)) {
            return dir;
        }
        Path sys = Path.of("/sys");
        assertTrue(Files.isDirectory(sys) && !canCreateIn(sys),
                "no folder that this user cannot write to: neither a read-only folder nor /sys stops it");
        return sys;
    }

    public static Path file(Path work) {
        Path file = work.resolve("unreadable.csv");
        try {
            Files.writeString(file, "npi,name\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!canRead(file)) {
            return file;
        }
        Path sysctl = Path.of("/proc/sys/vm/compact_memory");
        assertTrue(Files.isRegularFile(sysctl) && !canRead(sysctl),
                "no file that this user cannot read: neither a -w------- file nor " + sysctl + " stops it");
        return sysctl;
    }

    private static boolean canCreateIn(Path dir) {
        try {
            Files.delete(Files.createTempFile(dir, ".probe", ""));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean canRead(Path file) {
        try (var channel = Files.newByteChannel(file)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
