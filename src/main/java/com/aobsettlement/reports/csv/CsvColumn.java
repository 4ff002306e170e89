package com.aobsettlement.reports.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A column of a report CSV whose rows are objects of type {@code R}. Each file is an enum of this package
 * whose constants are its columns in file order: a constant's name in lower case is its header, and
 * {@link #text} gives its field in a row. Changing a column is changing one constant.
 */
public interface CsvColumn<R> {

    /** The constant's name; its lower case is the header. */
    String name();

    /** The field's text in {@code row}, before CSV quoting. */
    String text(R row);

    /** The header of a file whose columns are {@code columns} (an enum's values): their names in lower case. */
    static List<String> header(Enum<?>[] columns) {
        List<String> header = new ArrayList<>(columns.length);
        for (Enum<?> column : columns) {
            header.add(column.name().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(header);
    }

    /** A row's fields, column by column. */
    static <R> List<String> fields(CsvColumn<R>[] columns, R row) {
        List<String> fields = new ArrayList<>(columns.length);
        for (CsvColumn<R> column : columns) {
            fields.add(column.text(row));
        }
        return fields;
    }
}
