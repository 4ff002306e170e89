package com.aobsettlement.reports.settlements;

import com.aobsettlement.reports.csv.FormulaGuard;
import com.aobsettlement.domain.Settlement;
import com.aobsettlement.reports.csv.ReportFolders;
import com.aobsettlement.reports.csv.RowBytes;
import com.aobsettlement.reports.csv.SettlementsCsv;
import com.aobsettlement.store.ReportPartStore.PartState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * settlements.csv written while the claims are settled, so that the report step merges files instead of
 * reading the day's settlements back from the database (a million rows: the larger part of that step).
 *
 * <p>Each partition of the settle step appends its rows (rendered by {@link SettlementsCsv}) to files of its own under
 * {@code reports/daily/D/.settlement-parts/}, one chunk at a time, each chunk sorted by claim number.
 * While the chunks follow on in claim-number order they go to the same file; a chunk that starts below the
 * last claim number written begins the next file, so every file is one ascending run. The committed length
 * of the part ({@link PartState}) is saved in the chunk's own transaction: a restart cuts off what a
 * killed chunk wrote after it. The report step merges the runs of all parts by claim number ({@link PartsMerge}).
 *
 * <p>Whatever does not fit this gives the part up, and the report reads the database as before: a part
 * with more than {@link #MAX_RUNS_PER_PART} runs (claims whose numbers do not follow their import order), a
 * claim number that is not plain printable ASCII without ',' or '"', or that begins like a formula (so that
 * byte order is the database's order and no field of a row is quoted or guarded: its commas delimit its fields), a file that cannot be written, or parts that
 * do not add up to the day's settlements (an execution from before this existed, a file removed), or whose
 * rows do not match the checksum committed with them (a file that a power cut left with other bytes).
 */
public final class SettlementParts {
    /** Runs a part may have before it is given up: the merge reads this many files per partition at most. */
    public static final int MAX_RUNS_PER_PART = 16;
    private static final String DIR = ".settlement-parts";
    private static final Comparator<Settlement> BY_CLAIM_NUMBER = Comparator.comparing(Settlement::claimNumber);

    private SettlementParts() {
    }

    /** {@code reports/daily/D/.settlement-parts/}. */
    public static Path dir(Path reportsDir, LocalDate date) {
        return ReportFolders.daily(reportsDir, date).resolve(DIR);
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
    static void delete(Path reportsDir, LocalDate date) {
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

    /**
     * A claim number that sorts the same as bytes and as the database's utf8mb4_bin, and is written as it is
     * (no CSV quoting, no formula guard: the merge orders rows by their first bytes).
     */
    static boolean plain(String claimNumber) {
        if (!claimNumber.isEmpty() && FormulaGuard.risky(claimNumber.charAt(0))) {
            return false;
        }
        for (int i = 0; i < claimNumber.length(); i++) {
            char c = claimNumber.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == ',' || c == '"') {
                return false;
            }
        }
        return !claimNumber.isEmpty();
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
        /** A chunk's rows, rendered into the same array chunk after chunk. */
        private final RowBytes text = new RowBytes(1 << 16);
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
            rows.sort(BY_CLAIM_NUMBER);
            text.clear();
            long checksum = state.checksum();
            for (Settlement s : rows) {
                if (!plain(s.claimNumber())) {
                    giveUp();
                    return state;
                }
                int from = text.length();
                SettlementsCsv.render(s, text);
                checksum += checksum(text.bytes(), from, text.length());
                text.endRow();
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
                ByteBuffer bytes = ByteBuffer.wrap(text.bytes(), 0, text.length());
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                state = new PartState(state.part(), runs, (newRun ? 0 : state.bytes()) + text.length(),
                        state.rows() + rows.size(), rows.get(rows.size() - 1).claimNumber(), checksum);
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
}
