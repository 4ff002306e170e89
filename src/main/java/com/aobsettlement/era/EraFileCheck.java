package com.aobsettlement.era;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The first of two passes over a file: does it parse whole, as an 005010X221A1 835? A file that
 * does not (no envelope, truncated, wrong version, not an 835, a control structure StAEDI rejects)
 * is quarantined whole with ERA_SYNTAX before anything of it is posted (DOMAIN.md §5.1). Streaming:
 * nothing is kept but counts.
 */
public final class EraFileCheck {
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
        String structure = null;
        int transactions = 0;
        String isa12 = "";
        try (EraSegmentReader reader = EraSegmentReader.open(file)) {
            EraSegment s;
            while ((s = reader.next()) != null) {
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
                        if (!"835".equals(s.element(1)) && structure == null) {
                            structure = s.where() + ": ST01 is '" + EraFileHead.visible(s.element(1)) + "', not 835";
                        }
                    }
                    default -> {
                    }
                }
                if (structure == null && !reader.problems().isEmpty()) {
                    structure = String.join("; ", reader.problems());
                }
            }
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
        if (structure != null) {
            return new Result(transactions, structure);
        }
        if (transactions == 0) {
            return new Result(0, "no ST..SE transaction set in the file");
        }
        return new Result(transactions, null);
    }
}
