package com.aobsettlement.era;

import com.aobsettlement.domain.InputRules;
import com.aobsettlement.store.EraStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the files of an import in name order, one item per transaction or interchange refused whole,
 * plus one per file outcome (skipped, quarantined whole, done). Its checkpoint is the file index and the number of items of
 * that file already handed out; a restart re-reads that file and skips them. (The writer also
 * checks each transaction against era_transactions, so even a different run never posts one twice.)
 */
public class EraFileReader implements ItemStreamReader<EraWork> {
    private static final String FILE = "era.reader.file";
    private static final String ITEM = "era.reader.item";

    private final List<EraInput> inputs;
    private final EraStore store;
    private final InputRules rules;
    private int fileIndex;
    private long itemInFile;
    private long toSkip;
    private FileItems current;

    public EraFileReader(List<EraInput> inputs, EraStore store, InputRules rules) {
        this.inputs = inputs;
        this.store = store;
        this.rules = rules;
    }

    @Override
    public void open(ExecutionContext context) {
        fileIndex = context.getInt(FILE, 0);
        toSkip = context.getLong(ITEM, 0);
        itemInFile = 0;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(FILE, fileIndex);
        context.putLong(ITEM, itemInFile);
    }

    @Override
    public EraWork read() throws IOException {
        while (fileIndex < inputs.size()) {
            if (current == null) {
                current = new FileItems(inputs.get(fileIndex));
            }
            EraWork work = current.next();
            if (work == null) {
                current.close();
                current = null;
                fileIndex++;
                itemInFile = 0;
                toSkip = 0;
                continue;
            }
            itemInFile++;
            if (toSkip > 0) {
                toSkip--;
                continue;
            }
            return work;
        }
        return null;
    }

    @Override
    public void close() {
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            current = null;
        }
    }

    /** The items of one file. */
    private final class FileItems {
        private final EraInput input;
        private EraTransactionSource source;
        private boolean started;
        private boolean finished;

        FileItems(EraInput input) {
            this.input = input;
        }

        EraWork next() throws IOException {
            if (finished) {
                return null;
            }
            if (!started) {
                started = true;
                var previous = store.file(input.sha256());
                if (previous.isPresent() && !store.hasOpenUnknownPayer(input.sha256())) {
                    finished = true;
                    return new EraWork.FileSkipped(input.file(), input.sha256(), previous.get().fileName());
                }
                EraFileCheck.Result check = EraFileCheck.check(input.file());
                if (!check.ok()) {
                    finished = true;
                    return new EraWork.FileRefused(input.file(), input.sha256(), check.problem());
                }
                source = new EraTransactionSource(input.file(), input.sha256(), rules, check.refusedInterchanges());
            }
            EraWork work = source.nextWork();
            if (work != null) {
                return work;
            }
            finished = true;
            return new EraWork.FileDone(input.file(), input.sha256());
        }

        void close() throws IOException {
            if (source != null) {
                source.close();
            }
        }
    }
}
