package com.aobsettlement.reports.csv;

import com.aobsettlement.domain.Money;
import com.aobsettlement.store.ProviderTotalsStore.ProviderTotal;
import java.util.function.Function;

/**
 * provider_totals.csv (DOMAIN.md §10): per provider with a claim in the run's settlements.csv, the claims and
 * the sums of the day's ledger deltas, by provider_npi.
 */
public enum ProviderTotalsCsv implements CsvColumn<ProviderTotal> {
    PROVIDER_NPI(ProviderTotal::providerNpi),
    CLAIMS(t -> Integer.toString(t.claims())),
    COLLECTED(t -> Money.format(t.collected())),
    FEE(t -> Money.format(t.fee())),
    NET_TO_PROVIDER(t -> Money.format(t.netToProvider()));

    public static final String FILE = "provider_totals.csv";
    private final Function<ProviderTotal, String> text;

    ProviderTotalsCsv(Function<ProviderTotal, String> text) {
        this.text = text;
    }

    @Override
    public String text(ProviderTotal row) {
        return text.apply(row);
    }
}
