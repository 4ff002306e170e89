package com.aobsettlement.reports.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The constants of an enum by the bytes of their names: a report row's status or kind, as written, found
 * without making a String of it (the report step reads a million of them).
 */
final class EnumBytes<E extends Enum<E>> {
    private final E[] values;
    private final byte[][] names;

    EnumBytes(Class<E> type) {
        this.values = type.getEnumConstants();
        this.names = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            names[i] = values[i].name().getBytes(StandardCharsets.US_ASCII);
        }
    }

    /** The constant named by bytes {@code from} to {@code to} of {@code bytes}, or null if none is. */
    E find(byte[] bytes, int from, int to) {
        for (int i = 0; i < names.length; i++) {
            if (Arrays.equals(names[i], 0, names[i].length, bytes, from, to)) {
                return values[i];
            }
        }
        return null;
    }

    /** The constant a whole field names; a field that names none is a row this file never holds. */
    E of(byte[] field, String column) {
        E value = field == null ? null : find(field, 0, field.length);
        if (value == null) {
            throw new IllegalArgumentException(column + " '" + (field == null ? "" : new String(field, StandardCharsets.UTF_8))
                    + "' is no " + values[0].getDeclaringClass().getSimpleName());
        }
        return value;
    }
}
