package com.aobsettlement.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormulaGuardTest {

    @Test
    void textThatBeginsLikeAFormulaGetsALeadingQuote() {
        assertThat(FormulaGuard.cell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(FormulaGuard.cell("+1")).isEqualTo("'+1");
        assertThat(FormulaGuard.cell("-1+1")).isEqualTo("'-1+1");
        assertThat(FormulaGuard.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FormulaGuard.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(FormulaGuard.cell("\r=1")).isEqualTo("'\r=1");
        assertThat(FormulaGuard.cell("-")).isEqualTo("'-");
        assertThat(FormulaGuard.cell("-1.")).isEqualTo("'-1.");
        assertThat(FormulaGuard.cell("-.5")).isEqualTo("'-.5");
    }

    @Test
    void numbersAndOtherTextStayAsTheyAre() {
        assertThat(FormulaGuard.cell("-50.00")).isEqualTo("-50.00");
        assertThat(FormulaGuard.cell("-3")).isEqualTo("-3");
        assertThat(FormulaGuard.cell("12.50")).isEqualTo("12.50");
        assertThat(FormulaGuard.cell("C-01=2")).isEqualTo("C-01=2");
        assertThat(FormulaGuard.cell("")).isEmpty();
        assertThat(FormulaGuard.cell((String) null)).isNull();
    }

    @Test
    void bytesAreGuardedAsTheirText() {
        for (String s : new String[] {"=1+1", "-50.00", "@x", "ok", "-1+1", "\t", "é=1"}) {
            byte[] guarded = FormulaGuard.cell(s.getBytes(StandardCharsets.UTF_8));
            assertThat(new String(guarded, StandardCharsets.UTF_8)).as(s).isEqualTo(FormulaGuard.cell(s));
        }
    }

    @Test
    void csvQuotingComesAfterTheGuard() {
        assertThat(CsvFileWriter.escape("=1,2")).isEqualTo("\"'=1,2\"");
        assertThat(CsvFileWriter.escape("\r=1")).isEqualTo("\"'\r=1\"");
    }
}
