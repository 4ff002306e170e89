package com.aobsettlement.batch;

/**
 * Input text as a message may echo it (a path, an argument, a CSV header): control characters and
 * other invisible ones escaped, so that what the user gave is shown as it is and never acts on the
 * terminal (a NUL, an escape sequence, a line break inside a one-line message).
 */
public final class PrintableText {
    private PrintableText() {
    }

    /** {@code \x00}…{@code \x1f} and {@code \x7f} for ASCII controls, {@code \u0085} and the like beyond. */
    public static String escape(String text) {
        if (text == null || text.codePoints().allMatch(PrintableText::printable)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (printable(c)) {
                sb.appendCodePoint(c);
            } else if (c < 0x80) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append(String.format("\\u%04x", c));
            }
        });
        return sb.toString();
    }

    private static boolean printable(int c) {
        if (c >= 0x20 && c < 0x7f) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
            default -> true;
        };
    }
}
