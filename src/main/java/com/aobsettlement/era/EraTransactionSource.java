package com.aobsettlement.era;

import com.aobsettlement.domain.EraEnvelope;
import com.aobsettlement.domain.EraTransaction;
import com.aobsettlement.domain.InputRules;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

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

    public EraTransactionSource(Path file, String sha256, InputRules rules) throws IOException {
        this.reader = EraSegmentReader.open(file);
        this.fileName = file.getFileName().toString();
        this.sha256 = sha256;
        this.rules = rules;
    }

    /** The next transaction, or null at the end of the file. */
    public EraTransaction next() {
        EraSegment s;
        EraTransactionBuilder builder = null;
        String st02 = "";
        long start = 0;
        int first = 0;
        while ((s = reader.next()) != null) {
            switch (s.tag()) {
                case "ISA" -> {
                    isa13 = s.element(13);
                    // ISA is fixed-width (106 characters): start at its first byte, not at the break before it.
                    headerStart = Math.max(s.start(), s.end() - 106);
                }
                case "GS" -> {
                    gs06 = s.element(6);
                    headerEnd = s.end();
                }
                case "ST" -> {
                    ordinal++;
                    st02 = s.element(2);
                    start = s.start();
                    first = s.position();
                    builder = new EraTransactionBuilder(new EraEnvelope(fileName, sha256, ordinal, isa13, gs06, st02,
                            headerStart, headerEnd, start, 0, first), rules);
                }
                case "SE" -> {
                    if (builder != null) {
                        return builder.build(s.end());
                    }
                }
                default -> {
                    if (builder != null) {
                        builder.accept(s);
                    }
                }
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
