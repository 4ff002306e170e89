package com.aobsettlement.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * One input item after validation: {@code value} when it passed, the problems found otherwise, and
 * the CSV rows it came from (a claim is several rows).
 */
public final class ImportItem<T> {
    private final List<CsvRecord> records;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportProblem> notes = new ArrayList<>();
    private T value;

    public ImportItem(List<CsvRecord> records) {
        this.records = records;
    }

    public List<CsvRecord> records() {
        return records;
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

    public List<ImportProblem> notes() {
        return notes;
    }

    public boolean accepted() {
        return problems.isEmpty() && value != null;
    }
}
