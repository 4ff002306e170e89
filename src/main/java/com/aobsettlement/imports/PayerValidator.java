package com.aobsettlement.imports;

import com.aobsettlement.domain.DayKind;
import com.aobsettlement.domain.InputRules;
import com.aobsettlement.domain.PayerRule;
import com.aobsettlement.domain.PayerType;
import com.aobsettlement.store.ReferenceStore.PayerRow;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** payers.csv rows (DOMAIN.md §3): empty rule columns stay empty and take the type's defaults later. */
public class PayerValidator implements ItemProcessor<CsvRecord, ImportItem<PayerRow>> {
    private static final BigDecimal TEN = BigDecimal.TEN;
    private final InputRules rules;

    public PayerValidator(InputRules rules) {
        this.rules = rules;
    }

    @Override
    public ImportItem<PayerRow> process(CsvRecord record) {
        ImportItem<PayerRow> item = new ImportItem<>(List.of(record));
        RowFields f = new RowFields(record, Columns.PAYERS, rules);
        String code = f.code("payer_code", 40);
        String name = f.required("name", 200);
        PayerType type = f.enumValue("payer_type", PayerType.class, true);
        String eraId = f.optionalCode("era_payer_id", 80);
        PayerRule rule = new PayerRule(code, type, f.date("effective_from", true),
                f.rate("allowed_pct", false, TEN),
                f.integer("prompt_pay_days", false, 1, 366),
                f.enumValue("prompt_pay_day_kind", DayKind.class, false),
                f.rate("interest_apr", false, BigDecimal.ONE),
                f.integer("appeal_window_days", false, 1, 3660),
                f.period("timely_filing", false),
                f.money("tolerance_abs", false),
                f.rate("tolerance_pct", false, BigDecimal.ONE),
                f.rate("sequestration_pct", false, BigDecimal.ONE),
                f.bool("nsa_applies"));
        if (rule.toleranceAbs() != null && rule.toleranceAbs().signum() < 0) {
            f.invalid("tolerance_abs", "is negative");
        }
        f.problems().forEach(item::reject);
        if (f.problems().isEmpty()) {
            item.accept(new PayerRow(rule, name, eraId));
        }
        return item;
    }
}
