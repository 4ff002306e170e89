package com.aobsettlement.imports;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads assignments.csv as one item per claim: consecutive rows with the same claim_number (the
 * first column) form the claim. Restartable like {@link CsvItemReader}: a restart skips the claims
 * committed before.
 */
public class ClaimGroupReader extends AbstractItemCountingItemStreamItemReader<List<CsvRecord>> {
    private final Path file;
    private final List<String> header;
    private CsvReader reader;
    private CsvRecord lookahead;

    public ClaimGroupReader(Path file, List<String> header) {
        this.file = file;
        this.header = header;
        setName("claims");
    }

    @Override
    protected void doOpen() throws Exception {
        InputStream in = Files.newInputStream(file);
        reader = new CsvReader(in, file.getFileName().toString());
        CsvHeader.check(reader.next(), header, file.getFileName().toString());
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

    @Override
    protected void doClose() throws Exception {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
