package com.aobsettlement.era;

import com.aobsettlement.domain.EraEnvelope;
import com.aobsettlement.domain.EraTransaction;
import com.aobsettlement.domain.InputRules;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The second pass over a file that {@link EraFileCheck} passed: its transactions one at a time,
 * each with its envelope (control numbers and byte ranges), so that only one transaction is in
 * memory at a time.
 */
public final class EraTransactionSource implements Closeable {
    private final EraSegmentReader reader;
    private final String fileName;
    private final String sha256;
    private final InputRules rules;
    private int ordinal;
    private String isa13 = "";
    private String gs06 = "";
    private long headerStart;
    private long headerEnd;
    private long lastEnd;
    private final EraStructure structure = new EraStructure();
    private final Path file;
    private final Map<Integer, String> refused;
    private int interchange;
    private EraTransactionBuilder builder;
    /** A segment read that belongs to what comes after the transaction just returned. */
    private EraSegment pending;

    public EraTransactionSource(Path file, String sha256, InputRules rules) throws IOException {
        this(file, sha256, rules, Map.of());
    }

    /** {@code refusedInterchanges}: {@link EraFileCheck.Result#refusedInterchanges()}, handed out whole, not read. */
    public EraTransactionSource(Path file, String sha256, InputRules rules, Map<Integer, String> refusedInterchanges)
            throws IOException {
        this.reader = EraSegmentReader.open(file);
        this.file = file;
        this.refused = refusedInterchanges;
        this.fileName = file.getFileName().toString();
        this.sha256 = sha256;
        this.rules = rules;
    }

    /**
     * The next transaction, or null at the end of the file. A transaction set's syntax problems (a
     * wrong SE01 or SE02, no SE, what StAEDI flags inside it, a segment that does not map) make its
     * {@link EraTransaction#problem()}: it is quarantined alone and the others go on.
     */
    public EraTransaction next() {
        EraWork work;
        while ((work = nextWork()) != null) {
            if (work instanceof EraWork.TransactionRead read) {
                return read.transaction();
            }
        }
        return null;
    }

    /** The next transaction read, or interchange refused whole ({@link EraWork.InterchangeRefused}), or null at the end. */
    public EraWork nextWork() {
        EraSegment s;
        while ((s = nextSegment()) != null) {
            if (builder != null && structure.closesWithoutSe(s)) {
                // An ST, GE or IEA before the open set's SE: that set ends here, the segment opens what follows.
                pending = s;
                String problem = structure.closeWithoutSe(s);
                EraTransactionBuilder open = builder;
                builder = null;
                return new EraWork.TransactionRead(file, open.build(s.start(), problem));
            }
            List<EraSegmentReader.Problem> problems = reader.drainProblems();
            structure.accept(s);
            switch (s.tag()) {
                case "ISA" -> {
                    isa13 = s.element(13);
                    // ISA is fixed-width (106 characters): start at its first byte, not at the break before it.
                    headerStart = Math.max(s.start(), s.end() - 106);
                    interchange++;
                    if (refused.containsKey(interchange)) {
                        return skipInterchange(s);
                    }
                }
                case "GS" -> {
                    gs06 = s.element(6);
                    headerEnd = s.end();
                }
                case "ST" -> {
                    ordinal++;
                    builder = new EraTransactionBuilder(new EraEnvelope(fileName, sha256, ordinal, isa13, gs06, s.element(2),
                            headerStart, headerEnd, s.start(), 0, s.position()), rules);
                    flag(problems);
                }
                case "SE" -> {
                    if (builder != null) {
                        flag(problems);
                        EraTransactionBuilder done = builder;
                        builder = null;
                        return new EraWork.TransactionRead(file, done.build(s.end(), structure.transactionProblem()));
                    }
                }
                default -> {
                    if (builder != null) {
                        builder.accept(s);
                        flag(problems);
                    }
                }
            }
            lastEnd = s.end();
        }
        if (builder != null) {
            // The file check refuses a file cut short; kept so that no transaction is ever dropped unseen.
            EraTransactionBuilder open = builder;
            builder = null;
            return new EraWork.TransactionRead(file, open.build(lastEnd, "the file ends before SE closes the transaction set"));
        }
        return null;
    }

    /** Reads past an interchange refused whole, through its IEA, noting its transaction sets. */
    private EraWork skipInterchange(EraSegment isa) {
        long start = headerStart;
        long end = isa.end();
        List<EraEnvelope> sets = new ArrayList<>();
        EraSegment s;
        while ((s = reader.next()) != null) {
            reader.drainProblems();
            structure.accept(s);
            end = s.end();
            switch (s.tag()) {
                case "GS" -> gs06 = s.element(6);
                case "ST" -> {
                    ordinal++;
                    sets.add(new EraEnvelope(fileName, sha256, ordinal, isa13, gs06, s.element(2), start, start, s.start(), 0,
                            s.position()));
                }
                default -> {
                }
            }
            if ("IEA".equals(s.tag())) {
                break;
            }
        }
        lastEnd = end;
        return new EraWork.InterchangeRefused(file, sha256, interchange, isa13, isa.position(), start, end, refused.get(interchange),
                List.copyOf(sets));
    }

    private EraSegment nextSegment() {
        if (pending != null) {
            EraSegment s = pending;
            pending = null;
            return s;
        }
        return reader.next();
    }

    /** StAEDI's validation problems about segments of the open transaction set (the envelope's are the file check's). */
    private void flag(List<EraSegmentReader.Problem> problems) {
        for (EraSegmentReader.Problem p : problems) {
            if (!"ISA".equals(p.tag()) && !"GS".equals(p.tag()) && !"GE".equals(p.tag()) && !"IEA".equals(p.tag())) {
                builder.problem(p.text());
            }
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
