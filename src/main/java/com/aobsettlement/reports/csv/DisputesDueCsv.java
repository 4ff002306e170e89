package com.aobsettlement.reports.csv;

import com.aobsettlement.domain.Money;
import com.aobsettlement.domain.MonthEndReport.DueDispute;
import java.util.function.Function;

/**
 * disputes_due.csv (DOMAIN.md §8 step 6, §10): disputes open at month end E with E &lt; respond_by ≤ E + 30,
 * by respond_by then claim number.
 */
public enum DisputesDueCsv implements CsvColumn<DueDispute> {
    CLAIM_NUMBER(DueDispute::claimNumber),
    KIND(d -> d.kind().name()),
    AMOUNT(d -> Money.format(d.amount())),
    RESPOND_BY(d -> d.respondBy().toString()),
    DAYS_LEFT(d -> Long.toString(d.daysLeft()));

    public static final String FILE = "disputes_due.csv";
    private final Function<DueDispute, String> text;

    DisputesDueCsv(Function<DueDispute, String> text) {
        this.text = text;
    }

    @Override
    public String text(DueDispute row) {
        return text.apply(row);
    }
}
