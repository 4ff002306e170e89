package com.aobsettlement.reports.csv;

import com.aobsettlement.domain.Money;
import com.aobsettlement.domain.MonthEndReport.Check;
import java.util.function.Function;

/** reconciliation.csv (DOMAIN.md §8, §10): one row per check, in the order of {@code MonthEndReport.CheckName}. */
public enum ReconciliationCsv implements CsvColumn<Check> {
    CHECK(c -> c.name().name()),
    LEFT(c -> Money.format(c.left())),
    RIGHT(c -> Money.format(c.right())),
    DIFFERENCE(c -> Money.format(c.difference())),
    STATUS(c -> c.balanced() ? "BALANCED" : "UNBALANCED");

    public static final String FILE = "reconciliation.csv";
    private final Function<Check, String> text;

    ReconciliationCsv(Function<Check, String> text) {
        this.text = text;
    }

    @Override
    public String text(Check row) {
        return text.apply(row);
    }
}
