package com.aobsettlement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Allowed amounts per payer and procedure, effective-dated (DOMAIN.md §3). */
public final class FeeSchedule {

    public record Entry(String payerCode, String procedureCode, BigDecimal allowedAmount,
                        LocalDate effectiveFrom, LocalDate effectiveTo) {
        boolean inForceOn(LocalDate date) {
            return !effectiveFrom.isAfter(date) && (effectiveTo == null || !effectiveTo.isBefore(date));
        }
    }

    private final Map<String, List<Entry>> entries = new HashMap<>();

    public FeeSchedule(List<Entry> rows) {
        for (Entry row : rows) {
            entries.computeIfAbsent(key(row.payerCode(), row.procedureCode()), k -> new ArrayList<>()).add(row);
        }
    }

    public static FeeSchedule empty() {
        return new FeeSchedule(List.of());
    }

    /** The allowed amount per unit in force on {@code date}; the latest-starting row wins if rows overlap. */
    public Optional<BigDecimal> allowedAmount(String payerCode, String procedureCode, LocalDate date) {
        List<Entry> rows = entries.get(key(payerCode, procedureCode));
        if (rows == null) {
            return Optional.empty();
        }
        Entry best = null;
        for (Entry row : rows) {
            if (row.inForceOn(date) && (best == null || row.effectiveFrom().isAfter(best.effectiveFrom()))) {
                best = row;
            }
        }
        return Optional.ofNullable(best).map(Entry::allowedAmount);
    }

    private static String key(String payerCode, String procedureCode) {
        return payerCode + '\u0000' + procedureCode;
    }
}
