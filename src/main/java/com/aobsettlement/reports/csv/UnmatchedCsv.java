package com.aobsettlement.reports.csv;

import com.aobsettlement.domain.Money;
import com.aobsettlement.domain.UnmatchedItem;
import java.util.function.Function;

/** unmatched.csv (DOMAIN.md §8 step 1, §10): money on one side with no counterpart on the other. */
public enum UnmatchedCsv implements CsvColumn<UnmatchedItem> {
    SIDE(u -> u.side().name()),
    EFT_TRACE(UnmatchedItem::eftTrace),
    DATE(u -> u.date().toString()),
    AMOUNT(u -> Money.format(u.amount())),
    REASON(u -> u.reason().name());

    public static final String FILE = "unmatched.csv";
    private final Function<UnmatchedItem, String> text;

    UnmatchedCsv(Function<UnmatchedItem, String> text) {
        this.text = text;
    }

    @Override
    public String text(UnmatchedItem row) {
        return text.apply(row);
    }
}
