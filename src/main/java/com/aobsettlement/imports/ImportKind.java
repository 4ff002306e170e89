package com.aobsettlement.imports;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What `import` takes: the CSV kinds and 835 (era) files of the README, each its own job. */
public enum ImportKind {
    PROVIDERS("providers", "importProviders"),
    PAYERS("payers", "importPayers"),
    FEE_SCHEDULE("fee-schedule", "importFeeSchedule"),
    ASSIGNMENTS("assignments", "importAssignments"),
    REMITTANCES("remittances", "importRemittances"),
    DISPUTE_ACTIONS("dispute-actions", "importDisputeActions"),
    DEPOSITS("deposits", "importDeposits"),
    /** X12 835 files: a file or a folder (README "Importing 835 files"). */
    ERA("era", "importEra");

    private final String word;
    private final String jobName;

    ImportKind(String word, String jobName) {
        this.word = word;
        this.jobName = jobName;
    }

    public String word() {
        return word;
    }

    public String jobName() {
        return jobName;
    }

    /** The columns a CSV of this kind has, in order (DOMAIN.md §3–5). */
    public java.util.List<String> header() {
        return switch (this) {
            case PROVIDERS -> Columns.PROVIDERS;
            case PAYERS -> Columns.PAYERS;
            case FEE_SCHEDULE -> Columns.FEE_SCHEDULE;
            case ASSIGNMENTS -> Columns.ASSIGNMENTS;
            case REMITTANCES -> Columns.REMITTANCES;
            case DISPUTE_ACTIONS -> Columns.DISPUTE_ACTIONS;
            case DEPOSITS -> Columns.DEPOSITS;
            case ERA -> throw new IllegalArgumentException("835 files have no CSV header");
        };
    }

    public static java.util.Optional<ImportKind> fromWord(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
    }

    public static java.util.Optional<ImportKind> fromJobName(String jobName) {
        return Arrays.stream(values()).filter(k -> k.jobName.equals(jobName)).findFirst();
    }

    public static String words() {
        return Arrays.stream(values()).map(ImportKind::word).collect(Collectors.joining("|"));
    }
}
