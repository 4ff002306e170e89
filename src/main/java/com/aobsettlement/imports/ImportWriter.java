package com.aobsettlement.imports;

import com.aobsettlement.store.ExceptionStore;
import com.aobsettlement.store.ExceptionStore.ExceptionRow;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * The shape every CSV import shares: a chunk's accepted items are stored by the subclass (which
 * may still reject some, e.g. duplicates), every problem becomes an exceptions row, and the counts
 * are kept with the chunk's checkpoint. All of it runs in the chunk's transaction.
 */
public abstract class ImportWriter<T> implements ItemStreamWriter<ImportItem<T>>, StepExecutionListener {
    private final ExceptionStore exceptions;
    private final String source;
    private ImportCounts counts = new ImportCounts();
    private Long jobExecutionId;

    protected ImportWriter(ExceptionStore exceptions, String source) {
        this.exceptions = exceptions;
        this.source = source;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        jobExecutionId = stepExecution.getJobExecutionId();
    }

    @Override
    public void open(ExecutionContext context) {
        counts = ImportCounts.from(context);
    }

    @Override
    public void update(ExecutionContext context) {
        counts.saveTo(context);
    }

    @Override
    public void write(Chunk<? extends ImportItem<T>> chunk) throws Exception {
        List<ImportItem<T>> accepted = new ArrayList<>();
        for (ImportItem<T> item : chunk) {
            if (item.accepted()) {
                accepted.add(item);
            }
        }
        writeAccepted(accepted);
        List<ExceptionRow> rows = new ArrayList<>();
        for (ImportItem<T> item : chunk) {
            for (ImportProblem p : item.problems()) {
                rows.add(new ExceptionRow(source, p.recordRef(), p.reason(), p.message()));
            }
            for (ImportProblem p : item.notes()) {
                rows.add(new ExceptionRow(source, p.recordRef(), p.reason(), p.message()));
            }
            if (item.accepted()) {
                counts.imported(item);
            } else {
                counts.rejected(item);
            }
        }
        List<ImportItem<T>> rejected = new ArrayList<>();
        for (ImportItem<T> item : chunk) {
            if (!item.accepted()) {
                rejected.add(item);
            }
        }
        if (!rejected.isEmpty()) {
            writeRejected(rejected);
        }
        if (!rows.isEmpty()) {
            exceptions.insert(rows, jobExecutionId);
        }
    }

    /**
     * Runs on the read-ahead thread for each accepted item, before its chunk is written: work that
     * needs no database (e.g. rendering rows for a bulk load), kept with {@link ImportItem#prepared}.
     * Nothing by default.
     */
    protected void prepare(ImportItem<T> item) {
    }

    /** Stores the accepted items; calls {@link ImportItem#reject} on any that the stored data refuses. */
    protected abstract void writeAccepted(List<ImportItem<T>> accepted);

    /** Records what the kind keeps of rejected items besides their exceptions; nothing by default. */
    protected void writeRejected(List<ImportItem<T>> rejected) {
    }

    protected ImportCounts counts() {
        return counts;
    }
}
