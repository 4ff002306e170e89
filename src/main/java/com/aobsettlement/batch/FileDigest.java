package com.aobsettlement.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * An import file's SHA-256 (the identity of an import) and its line count (for progress), in one
 * pass. The command line starts it on a thread of its own before the application context, so that
 * reading a large file overlaps the start-up ({@link #start}); {@link #of} takes that result.
 */
public record FileDigest(String sha256, long lines) {
    private static volatile Started started;

    private record Started(Path file, long size, long modified, CompletableFuture<FileDigest> digest) {
    }

    /** Begins digesting the file in the background; a later {@link #of} of the same file waits for it. */
    public static void start(Path file) {
        started = null;
        if (Files.isRegularFile(file) && Files.isReadable(file)) {
            long size;
            long modified;
            try {
                size = Files.size(file);
                modified = Files.getLastModifiedTime(file).toMillis();
            } catch (IOException e) {
                return;
            }
            CompletableFuture<FileDigest> digest = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    digest.complete(compute(file));
                } catch (Throwable e) {
                    digest.completeExceptionally(e);
                }
            }, "aob-digest");
            thread.setDaemon(true);
            thread.start();
            started = new Started(file, size, modified, digest);
        }
    }

    public static FileDigest of(Path file) {
        Started s = started;
        started = null;
        if (s != null && s.file().equals(file) && unchanged(s)) {
            try {
                return s.digest().join();
            } catch (CompletionException e) {
                // read again below: the error is reported as for any unreadable file
            }
        }
        return compute(file);
    }

    private static boolean unchanged(Started s) {
        try {
            return Files.size(s.file()) == s.size() && Files.getLastModifiedTime(s.file()).toMillis() == s.modified();
        } catch (IOException e) {
            return false;
        }
    }

    private static FileDigest compute(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            long lines = 0;
            int last = '\n';
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = buffer[n - 1];
            }
            return new FileDigest(HexFormat.of().formatHex(digest.digest()), last == '\n' ? lines : lines + 1);
        } catch (IOException e) {
            throw InputFileException.cannotRead(file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
