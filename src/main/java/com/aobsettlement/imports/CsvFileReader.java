package com.aobsettlement.imports;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The shared base of the CSV readers: opens the file, checks its header, and is restartable because
 * the step saves how many items committed chunks read and a restart skips exactly those (the file's
 * content is pinned by its SHA-256 in the job parameters).
 */
abstract class CsvFileReader<T> extends AbstractItemCountingItemStreamItemReader<T> {
    private final Path file;
    private final List<String> header;
    protected CsvReader reader;

    CsvFileReader(Path file, List<String> header, String name) {
        this.file = file;
        this.header = header;
        setName(name);
    }

    @Override
    protected void doOpen() throws Exception {
        InputStream in = Files.newInputStream(file);
        reader = new CsvReader(in, file.getFileName().toString());
        CsvHeader.check(reader.next(), header, file.getFileName().toString());
        afterHeader();
    }

    /** Called once the header is checked. */
    protected void afterHeader() throws Exception {
    }

    @Override
    protected void doClose() throws Exception {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
