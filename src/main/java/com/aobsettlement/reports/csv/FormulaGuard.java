package com.aobsettlement.reports.csv;

/**
 * Keeps input text from running as a spreadsheet formula when a report CSV is opened (DOMAIN.md §3): a
 * text cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, TAB or CR gets a leading
 * {@code '}. A number ("-50.00", a negative amount) is not text and stays as it is. The importers already
 * refuse such codes; this covers whatever reached the books before, and every other text (messages).
 */
public final class FormulaGuard {
    private FormulaGuard() {
    }

    /** The cell as it goes into the file, before CSV quoting. */
    public static String cell(String text) {
        return text != null && risky(text.isEmpty() ? 0 : text.charAt(0)) && !number(text) ? "'" + text : text;
    }

    /** The same for a cell given as UTF-8 bytes (the database's text of a column). */
    public static byte[] cell(byte[] text) {
        if (text == null || text.length == 0 || !risky(text[0]) || number(text)) {
            return text;
        }
        byte[] guarded = new byte[text.length + 1];
        guarded[0] = '\'';
        System.arraycopy(text, 0, guarded, 1, text.length);
        return guarded;
    }

    /** Whether a cell beginning with {@code c} needs the guard, unless it is a number. */
    public static boolean risky(int c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** A plain decimal number, as the reports write amounts and counts: -?digits[.digits]. */
    private static boolean number(CharSequence s) {
        int i = s.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        boolean point = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' && !point && digits > 0) {
                point = true;
            } else if (c >= '0' && c <= '9') {
                digits++;
            } else {
                return false;
            }
        }
        return digits > 0 && s.charAt(s.length() - 1) != '.';
    }

    private static boolean number(byte[] b) {
        return number(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
    }
}
