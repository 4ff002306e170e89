package com.aobsettlement.era;

import com.aobsettlement.domain.EraEnvelope;
import com.aobsettlement.domain.ReasonCode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The quarantine folder (AOB_QUARANTINE_DIR): the original bytes of what was not posted, so that
 * nothing is lost and an operator can fix it and import it again. A whole file is copied as it is.
 * A transaction is written as a file of its own: its interchange's original ISA and GS segments,
 * its original ST..SE bytes, then GE and IEA closing it (GE01 = IEA01 = 1, the original control
 * numbers), in the file's separators. Names are stable, so a restarted import rewrites the same file.
 */
public final class EraQuarantine {
    private final Path dir;

    public EraQuarantine(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Copies a whole file: {@code NAME.SHA8.REASON.edi}. */
    public Path saveFile(Path file, String sha256, ReasonCode reason) {
        Path target = dir.resolve(base(file) + "." + sha256.substring(0, 8) + "." + reason.name() + ".edi");
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".incoming", ".tmp");
            Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the quarantine folder " + dir, e);
        }
    }

    /** Writes one transaction with its envelope: {@code NAME.SHA8.stN.REASON.edi}. */
    public Path saveTransaction(Path file, EraEnvelope envelope, ReasonCode reason) {
        Path target = dir.resolve(base(file) + "." + envelope.sha256().substring(0, 8) + ".st" + envelope.ordinal() + "."
                + reason.name() + ".edi");
        EraFileHead head = EraFileHead.of(file);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".incoming", ".tmp");
            try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
                 OutputStream out = Files.newOutputStream(tmp)) {
                copy(in, envelope.headerStart(), envelope.headerEnd(), out);
                copy(in, envelope.start(), envelope.end(), out);
                out.write(head.lineBreak().getBytes(StandardCharsets.ISO_8859_1));
                out.write((head.segment("GE", "1", envelope.gs06()) + head.segment("IEA", "1", envelope.isa13()))
                        .getBytes(StandardCharsets.ISO_8859_1));
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the quarantine folder " + dir, e);
        }
    }

    /** Copies one interchange of a file as it is, bytes {@code start..end}: {@code NAME.SHA8.isaN.REASON.edi}. */
    public Path saveInterchange(Path file, String sha256, int interchange, long start, long end, ReasonCode reason) {
        Path target = dir.resolve(interchangeName(file, sha256, interchange, reason));
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".incoming", ".tmp");
            try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
                 OutputStream out = Files.newOutputStream(tmp)) {
                copy(in, start, end, out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the quarantine folder " + dir, e);
        }
    }

    public static String interchangeName(Path file, String sha256, int interchange, ReasonCode reason) {
        return base(file) + "." + sha256.substring(0, 8) + ".isa" + interchange + "." + reason.name() + ".edi";
    }

    private static void copy(FileChannel in, long from, long to, OutputStream out) throws IOException {
        long position = from;
        var sink = Channels.newChannel(out);
        while (position < to) {
            long n = in.transferTo(position, to - position, sink);
            if (n <= 0) {
                throw new IOException("the file changed while it was imported");
            }
            position += n;
        }
    }

    private static String base(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
