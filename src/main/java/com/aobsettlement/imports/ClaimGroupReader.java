package com.aobsettlement.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads assignments.csv as one item per claim: consecutive rows with the same claim_number (the
 * first column) form the claim. A restart skips the claims committed before.
 */
public class ClaimGroupReader extends CsvFileReader<List<CsvRecord>> {
    private CsvRecord lookahead;

    public ClaimGroupReader(Path file, List<String> header) {
        super(file, header, "claims");
    }

    @Override
    protected void afterHeader() throws Exception {
        lookahead = reader.next();
    }

    @Override
    protected List<CsvRecord> doRead() throws Exception {
        if (lookahead == null) {
            return null;
        }
        List<CsvRecord> group = new ArrayList<>();
        group.add(lookahead);
        String key = claimNumber(lookahead);
        lookahead = reader.next();
        // A row that is not readable CSV stands alone: its claim number cannot be trusted.
        while (key != null && lookahead != null && key.equals(claimNumber(lookahead))) {
            group.add(lookahead);
            lookahead = reader.next();
        }
        return group;
    }

    private static String claimNumber(CsvRecord record) {
        return record.problem() != null || record.size() == 0 ? null : Objects.requireNonNullElse(record.get(0), "").trim();
    }
}
