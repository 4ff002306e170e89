package com.aobsettlement.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The rules every input is held to, CSV and 835 alike (DOMAIN.md §3, "Rules for every input"), in
 * one place: the dates a file may hold, and what a code or reference may be made of. A failing value
 * is a bad field, never data: a date such as 0000-01-01 or 1582-10-10 (inside the Julian–Gregorian
 * gap) stored once made every later job that read it fail, and a code beginning with {@code =} runs
 * as a formula when a report CSV is opened in a spreadsheet.
 *
 * <p>One instance per run: "today" is the business clock's date (business zone) when the run starts.
 */
public final class InputRules {
    /** No date of this business lies before it. */
    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    private final LocalDate latest;
    private final ZoneId zone;

    public InputRules(LocalDate today, ZoneId zone) {
        this.latest = today.plusYears(1);
        this.zone = zone;
    }

    /** The rules of a run that starts now by the business clock ({@code businessClock}, in the business zone). */
    public static InputRules at(Clock businessClock) {
        return new InputRules(LocalDate.now(businessClock), businessClock.getZone());
    }

    /** The business zone, which turns an instant into a date. */
    public ZoneId zone() {
        return zone;
    }

    /** Why {@code date} is not a date an input may hold ("before 1990-01-01", "after …, one year after today"), or null. */
    public String dateProblem(LocalDate date) {
        if (date.isBefore(EARLIEST)) {
            return "before " + EARLIEST;
        }
        if (date.isAfter(latest)) {
            return "after " + latest + ", one year after today";
        }
        return null;
    }

    /** {@link #dateProblem} for the date of {@code instant} in the business zone. */
    public String instantProblem(Instant instant) {
        return dateProblem(instant.atZone(zone).toLocalDate());
    }

    /**
     * Why {@code value} cannot be a code or reference (claim_number, payer_code, eft_trace, CLP01 …),
     * or null: it holds printable characters only, with no blank at either end (refused, never trimmed:
     * a trimmed "\t=1+1" became another claim's number), and does not begin with {@code =}, {@code +},
     * {@code -} or {@code @}. Empty and too long are the caller's checks.
     */
    public static String codeProblem(String value) {
        int n = value.length();
        if (n == 0) {
            return null;
        }
        int first = value.codePointAt(0);
        if (isBlank(first)) {
            return "begins with a blank (" + unicode(first) + ")";
        }
        int last = value.codePointBefore(n);
        if (isBlank(last)) {
            return "ends with a blank (" + unicode(last) + ")";
        }
        for (int i = 0; i < n; ) {
            char c = value.charAt(i);
            if (c > 0x20 && c < 0x7f || c == ' ') {
                i++;
                continue; // printable ASCII: nearly every character of every file
            }
            int cp = value.codePointAt(i);
            String why = nonPrintable(cp);
            if (why != null) {
                return why;
            }
            i += Character.charCount(cp);
        }
        char lead = value.charAt(0);
        if (lead == '=' || lead == '+' || lead == '-' || lead == '@') {
            return "begins with '" + lead + "', which a spreadsheet would run as a formula";
        }
        return null;
    }

    private static String nonPrintable(int cp) {
        if (cp == 0xFFFD) {
            return "holds bytes that are not UTF-8 (U+FFFD)";
        }
        if (Character.getType(cp) == Character.CONTROL) {
            return "holds the control character " + unicode(cp);
        }
        if (isInvisibleOrDirection(cp)) {
            return "holds the invisible or direction-changing character " + unicode(cp);
        }
        return switch (Character.getType(cp)) {
            case Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SURROGATE,
                 Character.PRIVATE_USE, Character.UNASSIGNED -> "holds the non-printable character " + unicode(cp);
            default -> null;
        };
    }

    /** The ones DOMAIN.md §3 names: zero-width and direction marks, embeddings, overrides, isolates, the byte order mark. */
    private static boolean isInvisibleOrDirection(int cp) {
        return cp >= 0x200B && cp <= 0x200F || cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069 || cp == 0xFEFF;
    }

    private static boolean isBlank(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private static String unicode(int cp) {
        return String.format("U+%04X", cp);
    }
}
