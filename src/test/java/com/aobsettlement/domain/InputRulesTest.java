package com.aobsettlement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** DOMAIN.md §3 "Rules for every input": the dates a file may hold and what a code may be made of. */
class InputRulesTest {
    static final InputRules RULES = new InputRules(LocalDate.parse("2026-12-01"), ZoneId.of("America/New_York"));

    @Test
    void datesLieBetween1990AndOneYearAfterToday() {
        assertThat(RULES.dateProblem(LocalDate.parse("1990-01-01"))).isNull();
        assertThat(RULES.dateProblem(LocalDate.parse("2027-12-01"))).isNull();
        assertThat(RULES.dateProblem(LocalDate.parse("1989-12-31"))).isEqualTo("before 1990-01-01");
        assertThat(RULES.dateProblem(LocalDate.parse("1582-10-10"))).isEqualTo("before 1990-01-01");
        assertThat(RULES.dateProblem(LocalDate.of(0, 1, 1))).isEqualTo("before 1990-01-01");
        assertThat(RULES.dateProblem(LocalDate.parse("2027-12-02"))).isEqualTo("after 2027-12-01, one year after today");
        assertThat(RULES.dateProblem(LocalDate.parse("9999-12-31"))).isEqualTo("after 2027-12-01, one year after today");
    }

    @Test
    void anInstantIsJudgedByItsDateInTheBusinessZone() {
        // 03:00 UTC on New Year's Day 1990 is still 1989-12-31 in New York
        assertThat(RULES.instantProblem(Instant.parse("1990-01-01T03:00:00Z"))).isEqualTo("before 1990-01-01");
        assertThat(RULES.instantProblem(Instant.parse("1990-01-01T05:00:00Z"))).isNull();
        assertThat(RULES.instantProblem(Instant.parse("2027-12-02T04:59:59Z"))).isNull();
        assertThat(RULES.instantProblem(Instant.parse("2027-12-02T05:00:00Z"))).isEqualTo("after 2027-12-01, one year after today");
        assertThat(RULES.zone()).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void aCodeHoldsPrintableCharactersOnly() {
        for (String ok : new String[] {"C01", "AOB-01", "PT A1", "EFT 1001", "99213", "x", "Zürich-7", "a=b", "1-2"}) {
            assertThat(InputRules.codeProblem(ok)).as(ok).isNull();
        }
        assertThat(InputRules.codeProblem("\t=1+1")).isEqualTo("begins with a blank (U+0009)");
        assertThat(InputRules.codeProblem(" C01")).isEqualTo("begins with a blank (U+0020)");
        assertThat(InputRules.codeProblem("C01 ")).isEqualTo("ends with a blank (U+0020)");
        assertThat(InputRules.codeProblem("C01\u00A0")).isEqualTo("ends with a blank (U+00A0)");
        assertThat(InputRules.codeProblem("C\u00001")).isEqualTo("holds the control character U+0000");
        assertThat(InputRules.codeProblem("C\u007f1")).isEqualTo("holds the control character U+007F");
        assertThat(InputRules.codeProblem("C\u00851")).isEqualTo("holds the control character U+0085");
        assertThat(InputRules.codeProblem("C\r1")).isEqualTo("holds the control character U+000D");
        assertThat(InputRules.codeProblem("C\uFFFD1")).isEqualTo("holds bytes that are not UTF-8 (U+FFFD)");
        assertThat(InputRules.codeProblem("\uFEFFC01")).isEqualTo("holds the invisible or direction-changing character U+FEFF");
        for (int c : new int[] {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066,
            0x2067, 0x2068, 0x2069, 0xFEFF}) {
            assertThat(InputRules.codeProblem("C" + (char) c + "1")).isEqualTo(
                    "holds the invisible or direction-changing character U+" + String.format("%04X", c));
        }
        assertThat(InputRules.codeProblem("C\u00AD1")).isEqualTo("holds the non-printable character U+00AD");
        assertThat(InputRules.codeProblem("C\uE0001")).isEqualTo("holds the non-printable character U+E000");
        assertThat(InputRules.codeProblem("C\uD8001")).isEqualTo("holds the non-printable character U+D800");
        assertThat(InputRules.codeProblem("C\u20281")).isEqualTo("holds the non-printable character U+2028");
        assertThat(InputRules.codeProblem("C\uD83D\uDE001")).isNull(); // a printable character beyond the BMP
        for (String lead : new String[] {"=", "+", "-", "@"}) {
            assertThat(InputRules.codeProblem(lead + "1+1")).isEqualTo("begins with '" + lead
                    + "', which a spreadsheet would run as a formula");
        }
        assertThat(InputRules.codeProblem("=HYPERLINK(\"http://evil.example\",\"C01\")"))
                .isEqualTo("begins with '=', which a spreadsheet would run as a formula");
    }
}
