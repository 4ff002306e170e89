package com.aobsettlement.imports;

import com.aobsettlement.domain.InputRules;
import com.aobsettlement.domain.Money;
import com.aobsettlement.domain.ReasonCode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the fields of one CSV row by column name and collects every problem with a message that
 * names the line and the field (DOMAIN.md §4: INVALID_FIELD). A getter returns null when the field
 * is empty or bad; {@link #problems()} says which. Dates, instants and codes are held to the rules
 * for every input ({@link InputRules}, DOMAIN.md §3); a code is taken as it is, never trimmed.
 */
public final class RowFields {
    private static final Pattern RATE = Pattern.compile("\\d{1,3}(\\.\\d{1,6})?");

    private final CsvRecord record;
    private final List<String> columns;
    private final InputRules rules;
    private final List<ImportProblem> problems = new ArrayList<>();

    public RowFields(CsvRecord record, List<String> columns, InputRules rules) {
        this.record = record;
        this.columns = columns;
        this.rules = rules;
        if (record.problem() != null) {
            invalid("row", "cannot be read as CSV: " + record.problem());
        } else if (record.size() != columns.size()) {
            invalid("row", "has " + record.size() + " fields, expected " + columns.size());
        }
    }

    public boolean readable() {
        return record.problem() == null && record.size() == columns.size();
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public String ref() {
        return record.ref();
    }

    public void problem(ReasonCode reason, String message) {
        problems.add(new ImportProblem(reason, record.ref(), "line " + record.line() + ": " + message));
    }

    public void invalid(String field, String message) {
        problem(ReasonCode.INVALID_FIELD, "field " + field + " " + message);
    }

    /** The trimmed text of a column, "" when empty; "" for an unreadable row. */
    public String text(String column) {
        return raw(column).trim();
    }

    /** The text of a column as the file holds it, "" when empty; "" for an unreadable row. */
    public String raw(String column) {
        if (!readable()) {
            return "";
        }
        return record.get(columns.indexOf(column));
    }

    /**
     * A code or reference (claim_number, payer_code, eft_trace …): as the file holds it, refused when
     * {@link InputRules#codeProblem} says so. Never trimmed: a trimmed "\t=1+1" was another claim's number.
     */
    public String code(String column, int maxLength) {
        String value = raw(column);
        if (!readable()) {
            return null;
        }
        if (value.isEmpty()) {
            invalid(column, "is empty");
            return null;
        }
        String why = InputRules.codeProblem(value);
        if (why != null) {
            invalid(column, why);
            return null;
        }
        if (value.length() > maxLength) {
            invalid(column, "is longer than " + maxLength + " characters");
            return null;
        }
        return value;
    }

    /** {@link #code}, or null when the field is empty ("not given"). */
    public String optionalCode(String column, int maxLength) {
        return raw(column).isEmpty() ? null : code(column, maxLength);
    }

    public String required(String column, int maxLength) {
        String value = text(column);
        if (!readable()) {
            return null;
        }
        if (value.isEmpty()) {
            invalid(column, "is empty");
            return null;
        }
        if (value.length() > maxLength) {
            invalid(column, "is longer than " + maxLength + " characters");
            return null;
        }
        if (hasControlCharacters(value)) {
            invalid(column, "holds control characters or bytes that are not UTF-8");
            return null;
        }
        return value;
    }

    private static boolean hasControlCharacters(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0xFFFD) {
                return true;
            }
        }
        return false;
    }

    public String optional(String column, int maxLength) {
        String value = text(column);
        return value.isEmpty() ? null : required(column, maxLength);
    }

    public BigDecimal money(String column, boolean required) {
        String value = required ? required(column, 20) : optional(column, 20);
        if (value == null) {
            return null;
        }
        if (!isMoney(value)) {
            invalid(column, "is '" + shorten(value) + "', not an amount like 1234.50");
            return null;
        }
        return Money.of(value);
    }

    /** Whether the text is an amount: -?\\d{1,11}(\\.\\d{1,2})? (the pattern, checked without a regex on the hot path). */
    static boolean isMoney(String value) {
        int i = value.startsWith("-") ? 1 : 0;
        int digits = 0;
        while (i < value.length() && isDigit(value.charAt(i))) {
            i++;
            digits++;
        }
        if (digits < 1 || digits > 11) {
            return false;
        }
        if (i == value.length()) {
            return true;
        }
        if (value.charAt(i) != '.') {
            return false;
        }
        int decimals = value.length() - i - 1;
        if (decimals < 1 || decimals > 2) {
            return false;
        }
        for (int j = i + 1; j < value.length(); j++) {
            if (!isDigit(value.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A fraction such as 0.06; {@code below} bounds it (exclusive) when not null. */
    public BigDecimal rate(String column, boolean required, BigDecimal below) {
        String value = required ? required(column, 20) : optional(column, 20);
        if (value == null) {
            return null;
        }
        if (!RATE.matcher(value).matches()) {
            invalid(column, "is '" + shorten(value) + "', not a rate like 0.06");
            return null;
        }
        BigDecimal rate = new BigDecimal(value);
        if (below != null && rate.compareTo(below) >= 0) {
            invalid(column, "is " + value + "; it must be below " + below.toPlainString());
            return null;
        }
        return rate;
    }

    public Integer integer(String column, boolean required, int min, int max) {
        String value = required ? required(column, 9) : optional(column, 9);
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                invalid(column, "is " + n + "; it must be between " + min + " and " + max);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            invalid(column, "is '" + shorten(value) + "', not a whole number");
            return null;
        }
    }

    public LocalDate date(String column, boolean required) {
        String value = required ? required(column, 10) : optional(column, 10);
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = parseDate(value);
        } catch (DateTimeException e) {
            invalid(column, "is '" + shorten(value) + "', not a date YYYY-MM-DD");
            return null;
        }
        String why = rules.dateProblem(date);
        if (why != null) {
            invalid(column, "is " + value + ", " + why);
            return null;
        }
        return date;
    }

    /** YYYY-MM-DD (\\d{4}-\\d{2}-\\d{2}, a real date), read by hand: it is on every row. */
    static LocalDate parseDate(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            throw new DateTimeException(value);
        }
        return LocalDate.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10));
    }

    private static int digits(String value, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (!isDigit(c)) {
                throw new DateTimeException(value);
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * The common shape of an instant, YYYY-MM-DDTHH:MM[:SS[.fraction]] followed by Z or ±HH:MM, read
     * by hand; null for anything else, which {@link OffsetDateTime#parse} then judges. Same result as
     * that parse, truncated to the microsecond.
     */
    static OffsetDateTime fastInstant(String v) {
        int n = v.length();
        if (n < 17 || v.charAt(10) != 'T' || v.charAt(13) != ':') {
            return null;
        }
        try {
            LocalDate date = parseDate(v.substring(0, 10));
            int hour = digits(v, 11, 13);
            int minute = digits(v, 14, 16);
            int i = 16;
            int second = 0;
            int nanos = 0;
            if (i < n && v.charAt(i) == ':') {
                if (i + 3 > n) {
                    return null;
                }
                second = digits(v, i + 1, i + 3);
                i += 3;
                if (i < n && v.charAt(i) == '.') {
                    int from = ++i;
                    while (i < n && isDigit(v.charAt(i))) {
                        i++;
                    }
                    int count = i - from;
                    if (count < 1 || count > 9) {
                        return null;
                    }
                    nanos = digits(v, from, i);
                    for (int k = count; k < 9; k++) {
                        nanos *= 10;
                    }
                    nanos -= nanos % 1000; // to the microsecond
                }
            }
            ZoneOffset offset;
            if (i == n - 1 && v.charAt(i) == 'Z') {
                offset = ZoneOffset.UTC;
            } else if (i == n - 6 && (v.charAt(i) == '+' || v.charAt(i) == '-') && v.charAt(i + 3) == ':') {
                int hours = digits(v, i + 1, i + 3);
                int minutes = digits(v, i + 4, i + 6);
                int sign = v.charAt(i) == '-' ? -1 : 1;
                offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            } else {
                return null;
            }
            return OffsetDateTime.of(date, LocalTime.of(hour, minute, second, nanos), offset);
        } catch (DateTimeException e) {
            return null; // the full parse gives the message
        }
    }

    /** An instant with offset, kept to the microsecond; null and a problem of {@code reasonIfMissing} when there is no time and offset. */
    public OffsetDateTime instant(String column, ReasonCode reasonIfMissing) {
        String value = text(column);
        if (!readable()) {
            return null;
        }
        if (value.isEmpty()) {
            if (reasonIfMissing != null) {
                problem(reasonIfMissing, "field " + column + " is empty; give the instant with its offset, e.g. 2026-10-01T09:15:30.250-04:00");
            }
            return null;
        }
        OffsetDateTime instant = fastInstant(value);
        try {
            if (instant == null) {
                instant = OffsetDateTime.parse(value).truncatedTo(ChronoUnit.MICROS);
            }
        } catch (DateTimeParseException e) {
            if (reasonIfMissing != null && value.length() <= 30 && !value.contains("T")) {
                problem(reasonIfMissing, "field " + column + " is '" + shorten(value)
                        + "' without a time and offset; give e.g. 2026-10-01T09:15:30.250-04:00");
            } else {
                invalid(column, "is '" + shorten(value) + "', not an instant like 2026-10-01T09:15:30.250-04:00");
            }
            return null;
        }
        String why = rules.instantProblem(instant.toInstant());
        if (why != null) {
            invalid(column, "is " + shorten(value) + ", a date in " + rules.zone() + " " + why);
            return null;
        }
        return instant;
    }

    public Period period(String column, boolean required) {
        String value = required ? required(column, 20) : optional(column, 20);
        if (value == null) {
            return null;
        }
        try {
            Period period = Period.parse(value);
            if (period.isNegative() || period.isZero()) {
                invalid(column, "is " + value + "; it must be a positive period");
                return null;
            }
            return period;
        } catch (DateTimeParseException e) {
            invalid(column, "is '" + shorten(value) + "', not an ISO-8601 period like P1Y or P90D");
            return null;
        }
    }

    public Boolean bool(String column) {
        String value = optional(column, 5);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                invalid(column, "is '" + shorten(value) + "', not true or false");
                yield null;
            }
        };
    }

    public <E extends Enum<E>> E enumValue(String column, Class<E> type, boolean required) {
        String value = required ? required(column, 40) : optional(column, 40);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                names.add(constant.name());
            }
            invalid(column, "is '" + shorten(value) + "'; use one of " + String.join(", ", names));
            return null;
        }
    }

    /** Shortens a bad value for a message, so that a huge field does not make a huge exception row. */
    public static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
