package com.aobsettlement.imports;

import com.aobsettlement.domain.FeeSchedule;
import com.aobsettlement.domain.Provider;
import com.aobsettlement.store.ExceptionStore;
import com.aobsettlement.store.ReferenceStore;
import com.aobsettlement.store.ReferenceStore.PayerRow;
import java.util.List;

/** Writers of the reference imports: upserts by key, so a corrected file can be imported again. */
final class ReferenceWriters {
    private ReferenceWriters() {
    }

    static ImportWriter<Provider> providers(ReferenceStore store, ExceptionStore exceptions) {
        return new ImportWriter<>(exceptions, "providers") {
            @Override
            protected void writeAccepted(List<ImportItem<Provider>> accepted) {
                store.upsertProviders(accepted.stream().map(ImportItem::value).toList());
            }
        };
    }

    static ImportWriter<PayerRow> payers(ReferenceStore store, ExceptionStore exceptions) {
        return new ImportWriter<>(exceptions, "payers") {
            @Override
            protected void writeAccepted(List<ImportItem<PayerRow>> accepted) {
                store.upsertPayers(accepted.stream().map(ImportItem::value).toList());
            }
        };
    }

    static ImportWriter<FeeSchedule.Entry> feeSchedule(ReferenceStore store, ExceptionStore exceptions) {
        return new ImportWriter<>(exceptions, "fee-schedule") {
            @Override
            protected void writeAccepted(List<ImportItem<FeeSchedule.Entry>> accepted) {
                store.upsertFeeSchedule(accepted.stream().map(ImportItem::value).toList());
            }
        };
    }
}
