package com.aobsettlement.reports.csv;

import com.aobsettlement.domain.Money;
import com.aobsettlement.domain.MonthEndReport.ProviderStatement;
import java.util.function.Function;

/** provider_statements.csv (DOMAIN.md §8 step 5, §10): per provider, the month's claims, money and open disputes. */
public enum ProviderStatementsCsv implements CsvColumn<ProviderStatement> {
    PROVIDER_NPI(ProviderStatement::providerNpi),
    CLAIMS_SETTLED(p -> Integer.toString(p.claimsSettled())),
    COLLECTED(p -> Money.format(p.collected())),
    FEE(p -> Money.format(p.fee())),
    NET_TO_PROVIDER(p -> Money.format(p.netToProvider())),
    REFUND_RESERVE(p -> Money.format(p.refundReserve())),
    OPEN_DISPUTES(p -> Integer.toString(p.openDisputes())),
    OPEN_DISPUTE_AMOUNT(p -> Money.format(p.openDisputeAmount()));

    public static final String FILE = "provider_statements.csv";
    private final Function<ProviderStatement, String> text;

    ProviderStatementsCsv(Function<ProviderStatement, String> text) {
        this.text = text;
    }

    @Override
    public String text(ProviderStatement row) {
        return text.apply(row);
    }
}
