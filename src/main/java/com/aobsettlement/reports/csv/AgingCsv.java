package com.aobsettlement.reports.csv;

import com.aobsettlement.domain.AgingBucket;
import com.aobsettlement.domain.Money;
import com.aobsettlement.domain.MonthEndReport.PayerAging;
import java.util.function.Function;

/**
 * aging.csv (DOMAIN.md §8 step 4, §10): per payer, the open receivables by age since submission at month end,
 * one column per {@link AgingBucket} (named as {@link AgingBucket#column()}), and their total.
 */
public enum AgingCsv implements CsvColumn<PayerAging> {
    PAYER_CODE(PayerAging::payerCode),
    DAYS_0_30(bucket(AgingBucket.DAYS_0_30)),
    DAYS_31_60(bucket(AgingBucket.DAYS_31_60)),
    DAYS_61_90(bucket(AgingBucket.DAYS_61_90)),
    DAYS_91_120(bucket(AgingBucket.DAYS_91_120)),
    DAYS_OVER_120(bucket(AgingBucket.DAYS_OVER_120)),
    TOTAL(a -> Money.format(a.total()));

    public static final String FILE = "aging.csv";
    private final Function<PayerAging, String> text;

    AgingCsv(Function<PayerAging, String> text) {
        this.text = text;
    }

    private static Function<PayerAging, String> bucket(AgingBucket bucket) {
        return a -> Money.format(a.bucket(bucket));
    }

    @Override
    public String text(PayerAging row) {
        return text.apply(row);
    }
}
