package com.aobsettlement.imports;

import com.aobsettlement.domain.FeeSchedule;
import com.aobsettlement.domain.InputRules;
import com.aobsettlement.domain.ReasonCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** fee_schedule.csv rows (DOMAIN.md §3). */
public class FeeScheduleValidator implements ItemProcessor<CsvRecord, ImportItem<FeeSchedule.Entry>> {
    static final Pattern PROCEDURE = Pattern.compile("[A-Z0-9]{5}");
    private final Set<String> payerCodes;
    private final InputRules rules;

    public FeeScheduleValidator(Set<String> payerCodes, InputRules rules) {
        this.payerCodes = payerCodes;
        this.rules = rules;
    }

    @Override
    public ImportItem<FeeSchedule.Entry> process(CsvRecord record) {
        ImportItem<FeeSchedule.Entry> item = new ImportItem<>(List.of(record));
        RowFields f = new RowFields(record, Columns.FEE_SCHEDULE, rules);
        String payer = f.code("payer_code", 40);
        if (payer != null && !payerCodes.contains(payer)) {
            f.problem(ReasonCode.UNKNOWN_PAYER, "payer_code " + RowFields.shorten(payer) + " is not in payers; import payers.csv first");
        }
        String procedure = procedure(f);
        BigDecimal amount = f.money("allowed_amount", true);
        if (amount != null && amount.signum() < 0) {
            f.invalid("allowed_amount", "is negative");
        }
        LocalDate from = f.date("effective_from", true);
        LocalDate to = f.date("effective_to", false);
        if (from != null && to != null && to.isBefore(from)) {
            f.invalid("effective_to", "is before effective_from");
        }
        f.problems().forEach(item::reject);
        if (f.problems().isEmpty()) {
            item.accept(new FeeSchedule.Entry(payer, procedure, amount, from, to));
        }
        return item;
    }

    static String procedure(RowFields f) {
        String procedure = f.code("procedure_code", 5);
        if (procedure != null && !isProcedureCode(procedure)) {
            f.invalid("procedure_code", "is '" + RowFields.shorten(procedure) + "', not a 5-character CPT/HCPCS code");
            return null;
        }
        return procedure;
    }

    /** {@link #PROCEDURE} without a regex: it runs for every claim line of an assignments file. */
    static boolean isProcedureCode(String text) {
        if (text.length() != 5) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
