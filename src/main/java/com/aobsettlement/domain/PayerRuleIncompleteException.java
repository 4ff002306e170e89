package com.aobsettlement.domain;

/** A rule a claim needs is empty in the payer row and in its type's defaults (DOMAIN.md §7.1). */
public class PayerRuleIncompleteException extends RuntimeException {
    private final String column;

    public PayerRuleIncompleteException(String payerCode, String column, String detail) {
        super("payer " + payerCode + ": " + detail);
        this.column = column;
    }

    public String column() {
        return column;
    }
}
