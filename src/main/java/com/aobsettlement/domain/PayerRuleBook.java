package com.aobsettlement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All payer rows with their effective dates and the defaults by payer type: the row in force on
 * a claim's service date applies, so a rule change never rewrites an earlier settlement (DOMAIN.md §3).
 */
public final class PayerRuleBook {
    private final Map<String, List<PayerRule>> rowsByPayer = new HashMap<>();
    private final Map<PayerType, PayerRule> defaultsByType;

    public PayerRuleBook(List<PayerRule> payerRows, Map<PayerType, PayerRule> defaultsByType) {
        this.defaultsByType = Map.copyOf(defaultsByType);
        for (PayerRule row : payerRows) {
            rowsByPayer.computeIfAbsent(row.payerCode(), k -> new ArrayList<>()).add(row);
        }
        rowsByPayer.values().forEach(rows -> rows.sort(Comparator.comparing(PayerRule::effectiveFrom)));
    }

    public boolean knows(String payerCode) {
        return rowsByPayer.containsKey(payerCode);
    }

    /** The payer row in force on {@code date}, with defaults applied; empty when none is yet in force. */
    public Optional<PayerRule> ruleInForce(String payerCode, LocalDate date) {
        List<PayerRule> rows = rowsByPayer.get(payerCode);
        if (rows == null) {
            return Optional.empty();
        }
        PayerRule inForce = null;
        for (PayerRule row : rows) {
            if (!row.effectiveFrom().isAfter(date)) {
                inForce = row;
            }
        }
        if (inForce == null) {
            return Optional.empty();
        }
        PayerRule defaults = defaultsByType.get(inForce.payerType());
        return Optional.of(defaults == null ? inForce : inForce.withDefaults(defaults));
    }

    public Optional<PayerType> payerType(String payerCode) {
        List<PayerRule> rows = rowsByPayer.get(payerCode);
        return rows == null ? Optional.empty() : Optional.of(rows.get(rows.size() - 1).payerType());
    }
}
