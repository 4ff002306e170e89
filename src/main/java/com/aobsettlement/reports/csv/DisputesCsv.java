package com.aobsettlement.reports.csv;

import com.aobsettlement.domain.DisputeKind;
import com.aobsettlement.domain.DisputeStatus;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * disputes.csv (DOMAIN.md §10): every dispute opened, changed, resolved or expired in the run, by claim number
 * then kind. The constants are its columns in file order; a constant's name in lower case is its header and
 * also the disputes table's column the row takes as it is ({@code DisputeStore.textRowsChangedOn}): an amount
 * as a DECIMAL(13,2) reads back ("12.50"), a date as a DATE ("2026-11-26"), no respond_by as an empty field.
 */
public enum DisputesCsv {
    CLAIM_NUMBER, KIND, AMOUNT, OPENED_ON, RESPOND_BY, STATUS;

    public static final String FILE = "disputes.csv";
    private static final List<String> HEADER = CsvColumn.header(values());
    private static final EnumBytes<DisputeKind> KINDS = new EnumBytes<>(DisputeKind.class);
    private static final EnumBytes<DisputeStatus> STATUSES = new EnumBytes<>(DisputeStatus.class);

    /** The header; also the disputes table's columns a row is read from. */
    public static List<String> header() {
        return HEADER;
    }

    /** The kind of a row (the fields of {@link #header()}, in UTF-8). */
    public static DisputeKind kind(byte[][] row) {
        return KINDS.of(row[KIND.ordinal()], "kind");
    }

    public static DisputeStatus status(byte[][] row) {
        return STATUSES.of(row[STATUS.ordinal()], "status");
    }

    /** Whether a row's opened_on is the day whose text is {@code day} ("2026-11-26"). */
    public static boolean openedOn(byte[][] row, byte[] day) {
        return Arrays.equals(row[OPENED_ON.ordinal()], day);
    }

    /** A field of a row as text; empty for none. */
    public static String text(byte[][] row, DisputesCsv column) {
        byte[] field = row[column.ordinal()];
        return field == null ? "" : new String(field, StandardCharsets.UTF_8);
    }
}
