package com.aobsettlement.era;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The first of two passes over a file: is its envelope sound, as an 005010X221A1 835 interchange? A
 * file whose envelope is not (no envelope, a broken ISA, a wrong version, not an 835, ISA13 and IEA02
 * that differ, a wrong GE01 or IEA01, truncated, or a segment StAEDI cannot read at all) is quarantined
 * whole with ERA_SYNTAX before anything of it is posted, as X12's TA1 rejects an interchange (DOMAIN.md
 * §5.1); in a file of several interchanges, only the interchanges with an envelope error are (they are
 * listed in {@link Result#refusedInterchanges()}), unless the file cannot be read past the error. A problem inside one transaction set (a wrong SE01 or SE02, an SE missing, a bad segment) is
 * not the file's: {@link EraTransactionSource} quarantines that set alone. Streaming: nothing is kept
 * but counts.
 */
public final class EraFileCheck {
    private static final java.util.Set<String> ENVELOPE_ONLY = java.util.Set.of("ISA", "GS", "GE", "IEA");

    private EraFileCheck() {
    }

    /**
     * The number of transactions, and the problem that refuses the whole file, or null; when only some of
     * its interchanges have envelope errors, those interchanges (1-based, in file order) with their problem.
     */
    public record Result(int transactions, String problem, Map<Integer, String> refusedInterchanges) {
        Result(int transactions, String problem) {
            this(transactions, problem, Map.of());
        }

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
        int transactions = 0;
        int last = 0;
        String isa12 = "";
        EraStructure structure = new EraStructure();
        try (EraSegmentReader reader = EraSegmentReader.open(file)) {
            EraSegment s;
            while ((s = reader.next()) != null) {
                last = s.position();
                List<EraSegmentReader.Problem> problems = reader.drainProblems();
                structure.accept(s);
                switch (s.tag()) {
                    case "ISA" -> isa12 = s.element(12);
                    case "GS" -> {
                        String p = EraVersion.problem(s.element(8), isa12);
                        if (p != null) {
                            version = version == null ? s.where() + ": " + p : version;
                            structure.envelopeProblem(s.where() + ": " + p);
                        }
                    }
                    case "ST" -> {
                        transactions++;
                        if (!"835".equals(s.element(1))) {
                            structure.envelopeProblem(s.where() + ": ST01 is '" + EraFileHead.visible(s.element(1)) + "', not 835");
                        }
                    }
                    default -> {
                    }
                }
                for (EraSegmentReader.Problem p : problems) {
                    if (ENVELOPE_ONLY.contains(p.tag())) {
                        structure.envelopeProblem(p.text());
                    }
                }
            }
            structure.end(last);
        } catch (EraSyntaxException e) {
            return new Result(transactions, version != null ? version : e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Integer, List<String>> bad = structure.envelopeProblemsByInterchange();
        if (!bad.isEmpty() && bad.size() >= structure.interchanges()) {
            String problem = bad.size() == 1 ? (version != null ? version : String.join("; ", bad.values().iterator().next()))
                    : bad.entrySet().stream().map(e -> "interchange " + e.getKey() + ": " + String.join("; ", e.getValue()))
                    .collect(Collectors.joining("; "));
            return new Result(transactions, problem);
        }
        if (transactions == 0) {
            return new Result(0, "no ST..SE transaction set in the file");
        }
        Map<Integer, String> refused = new TreeMap<>();
        bad.forEach((k, v) -> refused.put(k, String.join("; ", v)));
        return new Result(transactions, null, refused);
    }
}
