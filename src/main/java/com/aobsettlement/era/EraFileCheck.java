package com.aobsettlement.era;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The first of two passes over a file: is its envelope sound, as an 005010X221A1 835 interchange? A
 * file whose envelope is not (no envelope, a broken ISA, a wrong version, not an 835, ISA13 and IEA02
 * that differ, a wrong GE01 or IEA01, truncated, or a segment StAEDI cannot read at all) is quarantined
 * whole with ERA_SYNTAX before anything of it is posted, as X12's TA1 rejects an interchange (DOMAIN.md
 * §5.1). A problem inside one transaction set (a wrong SE01 or SE02, an SE missing, a bad segment) is
 * not the file's: {@link EraTransactionSource} quarantines that set alone. Streaming: nothing is kept
 * but counts.
 */
public final class EraFileCheck {
    private static final java.util.Set<String> ENVELOPE_ONLY = java.util.Set.of("ISA", "GS", "GE", "IEA");

    private EraFileCheck() {
    }

    /** The number of transactions, or the problem. */
    public record Result(int transactions, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    public static Result check(Path file) {
        EraFileHead head = EraFileHead.of(file);
        if (!head.readable()) {
            return new Result(0, head.problem());
        }
        String version = null;
        String notAn835 = null;
        int transactions = 0;
        int last = 0;
        String isa12 = "";
        EraStructure structure = new EraStructure();
        try (EraSegmentReader reader = EraSegmentReader.open(file)) {
            EraSegment s;
            while ((s = reader.next()) != null) {
                last = s.position();
                switch (s.tag()) {
                    case "ISA" -> isa12 = s.element(12);
                    case "GS" -> {
                        String p = EraVersion.problem(s.element(8), isa12);
                        if (p != null && version == null) {
                            version = s.where() + ": " + p;
                        }
                    }
                    case "ST" -> {
                        transactions++;
                        if (!"835".equals(s.element(1)) && notAn835 == null) {
                            notAn835 = s.where() + ": ST01 is '" + EraFileHead.visible(s.element(1)) + "', not 835";
                        }
                    }
                    default -> {
                    }
                }
                structure.accept(s);
                for (EraSegmentReader.Problem p : reader.drainProblems()) {
                    if (ENVELOPE_ONLY.contains(p.tag())) {
                        structure.envelopeProblem(p.text());
                    }
                }
            }
            structure.end(last);
        } catch (EraSyntaxException e) {
            if (version == null) {
                return new Result(transactions, e.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (version != null) {
            return new Result(transactions, version);
        }
        if (notAn835 != null) {
            return new Result(transactions, notAn835);
        }
        if (!structure.envelopeProblems().isEmpty()) {
            return new Result(transactions, String.join("; ", structure.envelopeProblems()));
        }
        if (transactions == 0) {
            return new Result(0, "no ST..SE transaction set in the file");
        }
        return new Result(transactions, null);
    }
}
