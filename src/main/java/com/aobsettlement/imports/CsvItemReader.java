package com.aobsettlement.imports;

import java.nio.file.Path;
import java.util.List;

/** Reads the data rows of a CSV file after checking its header, one item per row. */
public class CsvItemReader extends CsvFileReader<CsvRecord> {

    public CsvItemReader(Path file, List<String> header) {
        super(file, header, "csv");
    }

    @Override
    protected CsvRecord doRead() throws Exception {
        return reader.next();
    }
}
