package com.aobsettlement.reports.settlements;

import com.aobsettlement.domain.ClaimStatus;
import com.aobsettlement.reports.csv.CsvFileWriter;
import com.aobsettlement.reports.csv.SettlementsCsv;
import com.aobsettlement.store.ReportPartStore.PartState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/** The report step's half of {@link SettlementParts}: the runs of all parts merged into settlements.csv. */
final class PartsMerge {
    private static final int BUFFER = 1 << 16;
    private static final int KEY = SettlementsCsv.CLAIM_NUMBER.ordinal();
    private static final int STATUS = SettlementsCsv.STATUS.ordinal();

    private PartsMerge() {
    }

    /**
     * Writes the rows of all parts to {@code out} in claim-number order, telling {@code statuses} each row's
     * status. Returns null when done, or why the parts cannot give settlements.csv (then {@code out} holds a
     * partial file, to be thrown away, and {@code statuses} has been told of some rows).
     */
    static String merge(Path dir, List<PartState> parts, long expectedRows, CsvFileWriter out, Consumer<ClaimStatus> statuses) {
        long rows = 0;
        List<Run> runs = new ArrayList<>();
        long[] checksums = new long[parts.size()];
        try {
            for (int index = 0; index < parts.size(); index++) {
                PartState p = parts.get(index);
                if (!p.usable()) {
                    return "part " + p.part() + " was given up";
                }
                rows += p.rows();
                for (int run = 1; run <= p.runs(); run++) {
                    Path f = SettlementParts.file(dir, p.part(), run);
                    if (!Files.exists(f)) {
                        return f.getFileName() + " is missing";
                    }
                    long length = run == p.runs() ? p.bytes() : Files.size(f);
                    if (Files.size(f) < length) {
                        return f.getFileName() + " is shorter than committed";
                    }
                    runs.add(new Run(f, length, index));
                }
            }
            if (rows != expectedRows) {
                return "the parts hold " + rows + " rows, the day has " + expectedRows + " settlements";
            }
            PriorityQueue<Run> queue = new PriorityQueue<>(Math.max(runs.size(), 1), Run::compareTo);
            for (Run r : runs) {
                if (r.next()) {
                    queue.add(r);
                }
            }
            long written = 0;
            byte[] previous = new byte[64];
            int previousLength = -1;
            while (!queue.isEmpty()) {
                Run r = queue.poll();
                if (previousLength >= 0 && Arrays.compareUnsigned(previous, 0, previousLength, r.line, r.keyFrom, r.keyTo) >= 0) {
                    return "rows out of claim-number order in " + r.file.getFileName();
                }
                int keyLength = r.keyTo - r.keyFrom;
                if (keyLength > previous.length) {
                    previous = new byte[keyLength * 2];
                }
                System.arraycopy(r.line, r.keyFrom, previous, 0, keyLength);
                previousLength = keyLength;
                out.line(r.line, r.length);
                statuses.accept(r.status);
                checksums[r.part] += SettlementParts.checksum(r.line, 0, r.length);
                written++;
                if (r.next()) {
                    queue.add(r);
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
            for (Run r : runs) {
                r.close();
            }
        }
    }

    /** One run file, read line by line into a reused buffer. */
    private static final class Run implements Comparable<Run> {
        final Path file;
        final int part;
        private final InputStream in;
        private final byte[] buffer = new byte[BUFFER];
        private int position;
        private int limit;
        private long left;
        byte[] line = new byte[256];
        int length;
        /** The claim number: bytes keyFrom to keyTo of the line. */
        int keyFrom;
        int keyTo;
        ClaimStatus status;

        Run(Path file, long length, int part) throws IOException {
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
            // no field of a part is quoted (SettlementParts.plain), so the commas delimit the fields
            int field = 0;
            int from = 0;
            int statusFrom = -1;
            int statusTo = -1;
            keyTo = -1;
            for (int i = 0; i <= length && field <= Math.max(KEY, STATUS); i++) {
                if (i == length || line[i] == ',') {
                    if (field == KEY) {
                        keyFrom = from;
                        keyTo = i;
                    } else if (field == STATUS) {
                        statusFrom = from;
                        statusTo = i;
                    }
                    field++;
                    from = i + 1;
                }
            }
            if (keyTo <= keyFrom || statusTo < 0) {
                throw new IOException(file.getFileName() + " holds a line that is not a settlements row");
            }
            for (int i = keyFrom; i < keyTo; i++) { // what the writer let through (plain), so no garbage after a power cut
                if (line[i] <= ' ' || line[i] >= 0x7f || line[i] == '"') {
                    throw new IOException(file.getFileName() + " holds a claim number that the parts never write");
                }
            }
            status = SettlementsCsv.status(line, statusFrom, statusTo);
            if (status == null) {
                throw new IOException(file.getFileName() + " holds a row whose status is none of a claim's");
            }
            return true;
        }

        @Override
        public int compareTo(Run other) {
            return Arrays.compareUnsigned(line, keyFrom, keyTo, other.line, other.keyFrom, other.keyTo);
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
