package com.aobsettlement.imports;

import java.util.List;

/**
 * One row of a CSV file: the file's name, the line it starts on (1 = header), its fields, and
 * {@code problem}: why the row could not be read as CSV (a quote never closed, a field too long),
 * or null.
 */
public record CsvRecord(String fileName, int line, List<String> fields, String problem) {

    public String ref() {
        return fileName + ":" + line;
    }

    public int size() {
        return fields.size();
    }

    public String get(int index) {
        return fields.get(index);
    }
}
