package com.aobsettlement.imports;

import com.aobsettlement.domain.DisputeAction;
import com.aobsettlement.domain.DisputeKind;
import com.aobsettlement.domain.InputRules;
import com.aobsettlement.store.DisputeActionStore.StoredAction;
import java.time.LocalDate;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** dispute_actions.csv rows (DOMAIN.md §5.4): the action must be one that applies to the kind (§7.5). */
public class DisputeActionValidator implements ItemProcessor<CsvRecord, ImportItem<StoredAction>> {
    private final InputRules rules;

    public DisputeActionValidator(InputRules rules) {
        this.rules = rules;
    }

    @Override
    public ImportItem<StoredAction> process(CsvRecord record) {
        ImportItem<StoredAction> item = new ImportItem<>(List.of(record));
        RowFields f = new RowFields(record, Columns.DISPUTE_ACTIONS, rules);
        String claimNumber = f.code("claim_number", 50);
        DisputeKind kind = f.enumValue("kind", DisputeKind.class, true);
        DisputeAction action = f.enumValue("action", DisputeAction.class, true);
        LocalDate date = f.date("action_date", true);
        if (kind != null && action != null && !action.appliesTo(kind)) {
            f.invalid("action", action + " does not apply to " + kind + " disputes, only to "
                    + String.join(", ", action.kinds().stream().map(Enum::name).sorted().toList()));
        }
        f.problems().forEach(item::reject);
        if (f.problems().isEmpty()) {
            item.accept(new StoredAction(0, 0, claimNumber, kind, action, date, record.ref()));
        }
        return item;
    }
}
