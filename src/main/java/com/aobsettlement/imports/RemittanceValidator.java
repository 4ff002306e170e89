package com.aobsettlement.imports;

import com.aobsettlement.domain.InputRules;
import com.aobsettlement.store.NewRemittance;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** remittances.csv rows (DOMAIN.md §5.2). A reversal (status 22) is stored with every amount negative. */
public class RemittanceValidator implements ItemProcessor<CsvRecord, ImportItem<NewRemittance>> {
    /** CLP02 claim status codes taken (DOMAIN.md §5.1). */
    public static final Set<String> STATUS_CODES = Set.of("1", "2", "3", "4", "19", "20", "21", "22");
    private final String fileName;
    private final InputRules rules;

    public RemittanceValidator(String fileName, InputRules rules) {
        this.fileName = fileName;
        this.rules = rules;
    }

    @Override
    public ImportItem<NewRemittance> process(CsvRecord record) {
        ImportItem<NewRemittance> item = new ImportItem<>(List.of(record));
        RowFields f = new RowFields(record, Columns.REMITTANCES, rules);
        String claimNumber = f.code("claim_number", 50);
        String status = f.required("status_code", 4);
        if (status != null && !STATUS_CODES.contains(status)) {
            f.invalid("status_code", "is '" + RowFields.shorten(status) + "'; use one of 1, 2, 3, 4, 19, 20, 21, 22");
        }
        BigDecimal charge = f.money("charge_amount", true);
        BigDecimal paid = f.money("paid_amount", true);
        BigDecimal patientResp = f.money("patient_responsibility", false);
        BigDecimal interest = f.money("interest_paid", false);
        LocalDate paidOn = f.date("paid_on", true);
        String trace = f.code("eft_trace", 80);
        f.problems().forEach(item::reject);
        if (f.problems().isEmpty()) {
            boolean reversal = "22".equals(status);
            item.accept(new NewRemittance(null, claimNumber, status, signed(charge, reversal), signed(paid, reversal),
                    signed(orZero(patientResp), reversal), signed(orZero(interest), reversal), paidOn, trace, null, "CSV",
                    fileName, record.ref()));
        }
        return item;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? com.aobsettlement.domain.Money.ZERO : value;
    }

    private static BigDecimal signed(BigDecimal value, boolean reversal) {
        return reversal ? value.abs().negate() : value;
    }
}
