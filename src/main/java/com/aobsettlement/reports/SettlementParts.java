package com.aobsettlement.reports;

import com.aobsettlement.domain.Settlement;
import com.aobsettlement.store.ReportPartStore.PartState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.Stream;

/**
 * settlements.csv written while the claims are settled, so that the report step merges files instead of
 * reading the day's settlements back from the database (a million rows: the larger part of that step).
 *
 * <p>Each partition of the settle step appends its rows to files of its own under
 * {@code reports/daily/D/.settlement-parts/}, one chunk at a time, each chunk sorted by claim number.
 * While the chunks follow on in claim-number order they go to the same file; a chunk that starts below the
 * last claim number written begins the next file, so every file is one ascending run. The committed length
 * of the part ({@link PartState}) is saved in the chunk's own transaction: a restart cuts off what a
 * killed chunk wrote after it. The report step merges the runs of all parts by claim number.
 *
 * <p>Whatever does not fit this gives the part up, and the report reads the database as before: a part
 * with more than {@link #MAX_RUNS_PER_PART} runs (claims whose numbers do not follow their import order), a
 * claim number that is not plain printable ASCII without ',' or '"' (so that byte order is the database's
 * order and the number is its row's first field as written), a file that cannot be written, or parts that
 * do not add up to the day's settlements (an execution from before this existed, a file removed), or whose
 * rows do not match the checksum committed with them (a file that a power cut left with other bytes).
 */
public final class SettlementParts {
    /** Runs a part may have before it is given up: the merge reads this many files per partition at most. */
    public static final int MAX_RUNS_PER_PART = 16;
    private static final String DIR = ".settlement-parts";
    private static final int BUFFER = 1 << 16;

    private SettlementParts() {
    }

    public static Path dir(Path reportsDir, LocalDate date) {
        return DailyReportWriter.dailyDir(reportsDir, date).resolve(DIR);
    }

    static Path file(Path dir, String part, int run) {
        return dir.resolve(part + "-" + run + ".csv");
    }

    /** The files of a part, by run number. */
    private static List<Path> files(Path dir, String part) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(p -> runOf(p, part) > 0).toList();
        }
    }

    private static int runOf(Path file, String part) {
        String name = file.getFileName().toString();
        String prefix = part + "-";
        if (!name.startsWith(prefix) || !name.endsWith(".csv")) {
            return -1;
        }
        String digits = name.substring(prefix.length(), name.length() - 4);
        if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(digits);
    }

    /** Removes the parts of a day, once its settlements.csv is in place. */
    public static void delete(Path reportsDir, LocalDate date) {
        Path dir = dir(reportsDir, date);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> listing = Files.list(dir)) {
            for (Path p : listing.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }

    /** A claim number that sorts the same as bytes and as the database's utf8mb4_bin, and needs no CSV quoting. */
    static boolean plain(String claimNumber) {
        for (int i = 0; i < claimNumber.length(); i++) {
            char c = claimNumber.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == ',' || c == '"') {
                return false;
            }
        }
        return !claimNumber.isEmpty();
    }

    /** A settlements.csv row as written by the report (DailyReportWriter.SETTLEMENTS), without its line end. */
    static String line(Settlement s) {
        StringBuilder b = new StringBuilder(128);
        b.append(s.claimNumber()).append(',').append(s.businessDate()).append(',').append(s.status().name());
        for (BigDecimal amount : new BigDecimal[] {s.billed(), s.allowed(), s.patientResponsibility(), s.payerExpected(),
            s.payerPaid(), s.underpaid(), s.interestDue(), s.refundReserve(), s.collected(), s.fee(), s.netToProvider()}) {
            // as the DECIMAL(13,2) column gives it back
            b.append(',').append((amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP).toPlainString());
        }
        return b.toString();
    }

    /**
     * A row's checksum (64-bit FNV-1a of its bytes, line end excluded). A part keeps the sum of its rows'
     * checksums with its committed state, and the merge checks it: a file that a power cut left with other
     * bytes than committed (the rows of a chunk that rolled back, zeros) is not merged.
     */
    static long checksum(byte[] bytes, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= bytes[i] & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** One partition's part: used by the partition's own thread only. */
    public static final class Appender implements AutoCloseable {
        private final Path dir;
        private PartState state;
        private FileChannel channel;

        private Appender(Path dir, PartState state) {
            this.dir = dir;
            this.state = state;
        }

        /**
         * Opens a part at its committed state: files begun after it are removed, the last one is cut to its
         * committed length. A part whose files are shorter than its state says is given up.
         */
        public static Appender open(Path dir, PartState committed) {
            Appender a = new Appender(dir, committed);
            if (!committed.usable()) {
                return a;
            }
            try {
                Files.createDirectories(dir);
                for (Path p : files(dir, committed.part())) {
                    if (runOf(p, committed.part()) > committed.runs()) {
                        Files.delete(p);
                    }
                }
                if (committed.runs() > 0) {
                    Path last = file(dir, committed.part(), committed.runs());
                    if (!Files.exists(last) || Files.size(last) < committed.bytes()) {
                        a.giveUp();
                        return a;
                    }
                    a.channel = FileChannel.open(last, StandardOpenOption.WRITE);
                    a.channel.truncate(committed.bytes());
                    a.channel.position(committed.bytes());
                }
            } catch (IOException e) {
                a.giveUp();
            }
            return a;
        }

        public PartState state() {
            return state;
        }

        /** Appends a chunk's settlements and returns the part's state to save in the chunk's transaction. */
        public PartState append(List<Settlement> settlements) {
            if (!state.usable() || settlements.isEmpty()) {
                return state;
            }
            List<Settlement> rows = new ArrayList<>(settlements);
            rows.sort(Comparator.comparing(Settlement::claimNumber));
            java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream(rows.size() * 110);
            long checksum = state.checksum();
            for (Settlement s : rows) {
                if (!plain(s.claimNumber())) {
                    giveUp();
                    return state;
                }
                byte[] line = line(s).getBytes(StandardCharsets.US_ASCII);
                checksum += checksum(line, 0, line.length);
                text.write(line, 0, line.length);
                text.write('\n');
            }
            String first = rows.get(0).claimNumber();
            boolean newRun = state.runs() == 0 || first.compareTo(state.lastKey()) <= 0;
            int runs = state.runs() + (newRun ? 1 : 0);
            if (runs > MAX_RUNS_PER_PART) {
                giveUp();
                return state;
            }
            try {
                if (newRun) {
                    closeChannel();
                    channel = FileChannel.open(file(dir, state.part(), runs), StandardOpenOption.CREATE,
                            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
                }
                ByteBuffer bytes = ByteBuffer.wrap(text.toByteArray());
                long length = bytes.remaining();
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                state = new PartState(state.part(), runs, (newRun ? 0 : state.bytes()) + length, state.rows() + rows.size(),
                        rows.get(rows.size() - 1).claimNumber(), checksum);
            } catch (IOException e) {
                giveUp();
            }
            return state;
        }

        private void giveUp() {
            closeChannel();
            try {
                for (Path p : files(dir, state.part())) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException ignored) {
                // a given-up part is never read
            }
            state = state.givenUp();
        }

        private void closeChannel() {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // nothing more is written to it
                }
                channel = null;
            }
        }

        @Override
        public void close() {
            closeChannel();
        }
    }

    /** Told each row's status as the merge writes it (DailyFigures). */
    public interface StatusSink {
        void status(byte[] line, int from, int to);
    }

    /**
     * Writes the rows of all parts to {@code out} in claim-number order. Returns null when done, or why the
     * parts cannot give settlements.csv (then {@code out} holds a partial file, to be thrown away).
     */
    public static String merge(Path dir, List<PartState> parts, long expectedRows, CsvFileWriter out, StatusSink statuses) {
        long rows = 0;
        List<Source> sources = new ArrayList<>();
        long[] checksums = new long[parts.size()];
        try {
            for (int index = 0; index < parts.size(); index++) {
                PartState p = parts.get(index);
                if (!p.usable()) {
                    return "part " + p.part() + " was given up";
                }
                rows += p.rows();
                for (int run = 1; run <= p.runs(); run++) {
                    Path f = file(dir, p.part(), run);
                    if (!Files.exists(f)) {
                        return f.getFileName() + " is missing";
                    }
                    long length = run == p.runs() ? p.bytes() : Files.size(f);
                    if (Files.size(f) < length) {
                        return f.getFileName() + " is shorter than committed";
                    }
                    sources.add(new Source(f, length, index));
                }
            }
            if (rows != expectedRows) {
                return "the parts hold " + rows + " rows, the day has " + expectedRows + " settlements";
            }
            PriorityQueue<Source> queue = new PriorityQueue<>(Math.max(sources.size(), 1), Source::compareTo);
            for (Source s : sources) {
                if (s.next()) {
                    queue.add(s);
                }
            }
            long written = 0;
            byte[] previous = new byte[64];
            int previousLength = -1;
            while (!queue.isEmpty()) {
                Source s = queue.poll();
                if (previousLength >= 0 && Arrays.compareUnsigned(previous, 0, previousLength, s.line, 0, s.keyEnd) >= 0) {
                    return "rows out of claim-number order in " + s.file.getFileName();
                }
                if (s.keyEnd > previous.length) {
                    previous = new byte[s.keyEnd * 2];
                }
                System.arraycopy(s.line, 0, previous, 0, s.keyEnd);
                previousLength = s.keyEnd;
                out.line(s.line, s.length);
                statuses.status(s.line, s.statusFrom, s.statusTo);
                checksums[s.part] += checksum(s.line, 0, s.length);
                written++;
                if (s.next()) {
                    queue.add(s);
                }
            }
            if (written != expectedRows) {
                return "the parts gave " + written + " rows, " + expectedRows + " expected";
            }
            for (int index = 0; index < parts.size(); index++) {
                if (checksums[index] != parts.get(index).checksum()) {
                    return "part " + parts.get(index).part() + " does not hold the rows it committed (checksum)";
                }
            }
            return null;
        } catch (IOException e) {
            return "cannot read the parts: " + e.getMessage();
        } finally {
            for (Source s : sources) {
                s.close();
            }
        }
    }

    /** One run file, read line by line into a reused buffer. */
    private static final class Source implements Comparable<Source> {
        final Path file;
        final int part;
        private final InputStream in;
        private final byte[] buffer = new byte[BUFFER];
        private int position;
        private int limit;
        private long left;
        byte[] line = new byte[256];
        int length;
        int keyEnd;
        int statusFrom;
        int statusTo;

        Source(Path file, long length, int part) throws IOException {
            this.file = file;
            this.part = part;
            this.in = Channels.newInputStream(FileChannel.open(file, StandardOpenOption.READ));
            this.left = length;
        }

        /** The next line, or false at the end; a line that is not a settlements row is an IOException. */
        boolean next() throws IOException {
            length = 0;
            while (true) {
                if (position == limit) {
                    if (left == 0) {
                        if (length > 0) {
                            throw new IOException(file.getFileName() + " ends inside a row");
                        }
                        return false;
                    }
                    limit = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (limit <= 0) {
                        throw new IOException(file.getFileName() + " ends before its committed length");
                    }
                    left -= limit;
                    position = 0;
                }
                byte b = buffer[position++];
                if (b == '\n') {
                    break;
                }
                if (length == line.length) {
                    line = Arrays.copyOf(line, length * 2);
                }
                line[length++] = b;
            }
            int commas = 0;
            keyEnd = -1;
            for (int i = 0; i < length && commas < 3; i++) {
                if (line[i] == ',') {
                    commas++;
                    if (commas == 1) {
                        keyEnd = i;
                    } else if (commas == 2) {
                        statusFrom = i + 1;
                    } else {
                        statusTo = i;
                    }
                }
            }
            if (commas < 3 || keyEnd <= 0) {
                throw new IOException(file.getFileName() + " holds a line that is not a settlements row");
            }
            for (int i = 0; i < keyEnd; i++) { // what the writer let through (plain), so no garbage after a power cut
                if (line[i] <= ' ' || line[i] >= 0x7f || line[i] == '"') {
                    throw new IOException(file.getFileName() + " holds a claim number that the parts never write");
                }
            }
            return true;
        }

        @Override
        public int compareTo(Source other) {
            return Arrays.compareUnsigned(line, 0, keyEnd, other.line, 0, other.keyEnd);
        }

        void close() {
            try {
                in.close();
            } catch (IOException ignored) {
                // read only
            }
        }
    }
}
