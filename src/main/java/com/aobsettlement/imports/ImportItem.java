package com.aobsettlement.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * One input item after validation: {@code value} when it passed, the problems found otherwise, and
 * the CSV rows it came from (a claim is several rows).
 */
public final class ImportItem<T> {
    private List<CsvRecord> records;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportProblem> notes = new ArrayList<>();
    private T value;
    private Object prepared;

    public ImportItem(List<CsvRecord> records) {
        this.records = records;
    }

    public List<CsvRecord> records() {
        return records;
    }

    /**
     * Lets go of the fields of an accepted item's rows (its value holds what was read); the rows keep
     * their file and line for messages. Read-ahead items then weigh a fraction of what they did.
     */
    public void dropFields() {
        List<CsvRecord> slim = new ArrayList<>(records.size());
        for (CsvRecord r : records) {
            slim.add(new CsvRecord(r.fileName(), r.line(), List.of(), r.problem()));
        }
        records = slim;
    }

    public int rows() {
        return records.size();
    }

    public T value() {
        return value;
    }

    public void accept(T value) {
        this.value = value;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public void reject(ImportProblem problem) {
        problems.add(problem);
        value = null;
    }

    /** An exception row recorded for an item that is still taken (e.g. money for an unknown claim, kept unmatched). */
    public void note(ImportProblem problem) {
        notes.add(problem);
    }

    /** What the writer prepared ahead for storing the value (see ImportWriter#prepare), or null. */
    public Object prepared() {
        return prepared;
    }

    public void prepared(Object prepared) {
        this.prepared = prepared;
    }

    public List<ImportProblem> notes() {
        return notes;
    }

    public boolean accepted() {
        return problems.isEmpty() && value != null;
    }
}
