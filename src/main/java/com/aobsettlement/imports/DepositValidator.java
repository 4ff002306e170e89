package com.aobsettlement.imports;

import com.aobsettlement.domain.InputRules;
import com.aobsettlement.store.NewDeposit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** deposits.csv rows (DOMAIN.md §5.3): a bank deposit is a positive amount on a date with its EFT trace. */
public class DepositValidator implements ItemProcessor<CsvRecord, ImportItem<NewDeposit>> {
    private final String fileName;
    private final InputRules rules;

    public DepositValidator(String fileName, InputRules rules) {
        this.fileName = fileName;
        this.rules = rules;
    }

    @Override
    public ImportItem<NewDeposit> process(CsvRecord record) {
        ImportItem<NewDeposit> item = new ImportItem<>(List.of(record));
        RowFields f = new RowFields(record, Columns.DEPOSITS, rules);
        LocalDate date = f.date("deposit_date", true);
        BigDecimal amount = f.money("amount", true);
        if (amount != null && amount.signum() <= 0) {
            f.invalid("amount", "is " + amount.toPlainString() + "; a deposit is above 0.00");
        }
        String trace = f.code("eft_trace", 80);
        f.problems().forEach(item::reject);
        if (f.problems().isEmpty()) {
            item.accept(new NewDeposit(date, amount, trace, fileName, record.ref()));
        }
        return item;
    }
}
