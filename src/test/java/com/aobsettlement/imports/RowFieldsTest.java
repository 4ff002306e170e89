package com.aobsettlement.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written checks of the import's hot path give the answers of the library parsers and patterns they replace. */
class RowFieldsTest {
    static final Pattern MONEY = Pattern.compile("-?\\d{1,11}(\\.\\d{1,2})?");
    static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Test
    void fastInstantIsOffsetDateTimeParseToTheMicrosecond() {
        List<String> cases = new ArrayList<>(List.of("2026-10-01T09:15:30.250-04:00", "2026-10-01T09:15-04:00",
                "2026-10-01T09:15:30Z", "2026-10-01T09:15:30.123456789+05:30", "2026-10-01T09:15:30.1234567-00:00",
                "2026-02-29T09:15:30Z", "2028-02-29T23:59:59.999999999-12:00", "2026-10-01T24:00:00Z", "2026-10-01T09:60Z",
                "2026-10-01t09:15:30Z", "2026-10-01T09:15:30z", "2026-10-01T09:15:30.-04:00", "2026-10-01T09:15:30+19:00",
                "2026-10-01T09:15:30+05", "2026-10-01T09:15:30+05:30:15", "2026-10-01 09:15:30Z", "+12026-10-01T09:15Z",
                "2026-13-01T09:15Z", "2026-10-01T9:15Z", "2026-10-01T09:15:3Z", "2026-10-01T09:15:30.0000000001Z", ""));
        Random random = new Random(11);
        String alphabet = "0123456789-:T.Z+ ";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder("2026-10-01T09:15:30.250-04:00");
            for (int k = random.nextInt(3); k >= 0; k--) {
                int at = random.nextInt(s.length());
                switch (random.nextInt(3)) {
                    case 0 -> s.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> s.deleteCharAt(at);
                    default -> s.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            cases.add(s.toString());
        }
        int parsed = 0;
        for (String value : cases) {
            OffsetDateTime expected;
            try {
                expected = OffsetDateTime.parse(value).truncatedTo(ChronoUnit.MICROS);
                parsed++;
            } catch (DateTimeException e) {
                expected = null;
            }
            OffsetDateTime fast = RowFields.fastInstant(value);
            if (fast != null) {
                assertThat(fast).as(value).isEqualTo(expected);
            }
        }
        assertThat(parsed).isGreaterThan(1000);
        assertThat(RowFields.fastInstant("2026-10-01T09:15:30.250-04:00")).isEqualTo(OffsetDateTime.parse("2026-10-01T09:15:30.250-04:00"));
        assertThat(RowFields.fastInstant("2026-10-01T09:15:30.1234567-00:00"))
                .isEqualTo(OffsetDateTime.parse("2026-10-01T09:15:30.123456Z"));
    }

    /** Up to {@code bound - 1} characters drawn from {@code alphabet}. */
    private static String randomText(Random random, String alphabet, int bound) {
        StringBuilder s = new StringBuilder();
        for (int k = random.nextInt(bound); k > 0; k--) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    @Test
    void procedureCodeCheckMatchesThePatternItReplaces() {
        Random random = new Random(9);
        String alphabet = "AZaz09M5-. é";
        for (int i = 0; i < 20_000; i++) {
            String value = randomText(random, alphabet, 8);
            assertThat(FeeScheduleValidator.isProcedureCode(value)).as(value)
                    .isEqualTo(FeeScheduleValidator.PROCEDURE.matcher(value).matches());
        }
        assertThat(FeeScheduleValidator.isProcedureCode("99213")).isTrue();
        assertThat(FeeScheduleValidator.isProcedureCode("G0442")).isTrue();
        assertThat(FeeScheduleValidator.isProcedureCode("g0442")).isFalse();
    }

    @Test
    void datesAndAmountsMatchThePatternsTheyReplace() {
        Random random = new Random(5);
        String alphabet = "0123456789-.";
        for (int i = 0; i < 50_000; i++) {
            String s = randomText(random, alphabet, 16);
            String value = i % 3 == 0 ? "2026-" + s : s;
            assertThat(RowFields.isMoney(value)).as(value).isEqualTo(MONEY.matcher(value).matches());
            LocalDate expected;
            try {
                expected = DATE.matcher(value).matches() ? LocalDate.parse(value) : null;
            } catch (DateTimeException e) {
                expected = null;
            }
            LocalDate fast;
            try {
                fast = RowFields.parseDate(value);
            } catch (DateTimeException e) {
                fast = null;
            }
            assertThat(fast).as(value).isEqualTo(expected);
        }
        assertThat(RowFields.parseDate("2028-02-29")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(RowFields.isMoney("-12345678901.25")).isTrue();
        assertThat(RowFields.isMoney("123456789012")).isFalse();
    }
}
