package com.aobsettlement.imports;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the data rows of a CSV file after checking its header. Restartable: the step saves how
 * many rows were read by committed chunks and a restart skips exactly those (the file's content
 * is pinned by its SHA-256 in the job parameters).
 */
public class CsvItemReader extends AbstractItemCountingItemStreamItemReader<CsvRecord> {
    private final Path file;
    private final List<String> header;
    private CsvReader reader;

    public CsvItemReader(Path file, List<String> header) {
        this.file = file;
        this.header = header;
        setName("csv");
    }

    @Override
    protected void doOpen() throws Exception {
        InputStream in = Files.newInputStream(file);
        reader = new CsvReader(in, file.getFileName().toString());
        CsvHeader.check(reader.next(), header, file.getFileName().toString());
    }

    @Override
    protected CsvRecord doRead() throws Exception {
        return reader.next();
    }

    @Override
    protected void doClose() throws Exception {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
