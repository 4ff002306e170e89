package com.aobsettlement.reports.csv;

import com.aobsettlement.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Report rows rendered as UTF-8 bytes into one array that grows as needed and is reused from chunk to chunk:
 * a settlements.csv row is rendered once per settled claim ({@link SettlementsCsv#render}), and goes to its
 * part without a String per row.
 */
public final class RowBytes {
    private byte[] bytes;
    private int length;

    public RowBytes(int capacity) {
        this.bytes = new byte[Math.max(capacity, 64)];
    }

    /** The bytes rendered so far: the first {@link #length} of this array. */
    public byte[] bytes() {
        return bytes;
    }

    public int length() {
        return length;
    }

    public void clear() {
        length = 0;
    }

    /** Ends a row (LF, as every report file). */
    public void endRow() {
        put((byte) '\n');
    }

    void put(byte b) {
        if (length == bytes.length) {
            grow(1);
        }
        bytes[length++] = b;
    }

    void put(byte[] b) {
        if (length + b.length > bytes.length) {
            grow(b.length);
        }
        System.arraycopy(b, 0, bytes, length, b.length);
        length += b.length;
    }

    /** Text whose characters are all below 0x80 (a name, a plain code), one byte each. */
    void ascii(String text) {
        int n = text.length();
        if (length + n > bytes.length) {
            grow(n);
        }
        for (int i = 0; i < n; i++) {
            bytes[length + i] = (byte) text.charAt(i);
        }
        length += n;
    }

    private void grow(int more) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }

    /** A day as LocalDate#toString writes it and a DATE column's text reads back ("2026-11-26"); null is empty. */
    void date(LocalDate date) {
        if (date == null) {
            return;
        }
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            ascii(FormulaGuard.cell(date.toString())); // "+10000-12-31" is guarded as every other cell
            return;
        }
        digits(year, 4);
        put((byte) '-');
        digits(date.getMonthValue(), 2);
        put((byte) '-');
        digits(date.getDayOfMonth(), 2);
    }

    /**
     * An amount as {@link Money#format} writes it, which is how a DECIMAL(13,2) column's text reads back
     * ("1234.50", "-0.07"); null is 0.00 (DOMAIN.md §10).
     */
    void money(BigDecimal amount) {
        ascii(Money.format(amount));
    }

    private void digits(int value, int width) {
        for (int divisor = width == 4 ? 1000 : 10; divisor > 0; divisor /= 10) {
            put((byte) ('0' + value / divisor % 10));
        }
    }
}
