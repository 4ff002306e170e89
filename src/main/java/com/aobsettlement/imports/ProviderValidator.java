package com.aobsettlement.imports;

import com.aobsettlement.domain.InputRules;
import com.aobsettlement.domain.Npi;
import com.aobsettlement.domain.PaymentRoute;
import com.aobsettlement.domain.Provider;
import com.aobsettlement.domain.ReasonCode;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** providers.csv rows (DOMAIN.md §3). */
public class ProviderValidator implements ItemProcessor<CsvRecord, ImportItem<Provider>> {
    private final InputRules rules;

    public ProviderValidator(InputRules rules) {
        this.rules = rules;
    }

    @Override
    public ImportItem<Provider> process(CsvRecord record) {
        ImportItem<Provider> item = new ImportItem<>(List.of(record));
        RowFields f = new RowFields(record, Columns.PROVIDERS, rules);
        String npi = f.required("npi", 10);
        if (npi != null && !Npi.isValid(npi)) {
            f.problem(ReasonCode.INVALID_NPI, "npi " + RowFields.shorten(npi) + " is not 10 digits with a valid check digit");
        }
        String name = f.required("name", 200);
        BigDecimal feePct = f.rate("fee_pct", true, BigDecimal.ONE);
        PaymentRoute route = f.enumValue("payment_route", PaymentRoute.class, false);
        f.problems().forEach(item::reject);
        if (f.problems().isEmpty()) {
            item.accept(new Provider(npi, name, feePct, route == null ? PaymentRoute.PROVIDER_ACCOUNT : route));
        }
        return item;
    }
}
