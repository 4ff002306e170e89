package com.aobsettlement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of unmatched.csv (DOMAIN.md §10): money on one side with no counterpart on the other. */
public record UnmatchedItem(Side side, String eftTrace, LocalDate date, BigDecimal amount, Reason reason) {

    /** ERA: an 835 payment (BPR); DEPOSIT: a bank deposit; REMITTANCE: money for an unknown claim. */
    public enum Side {
        ERA, DEPOSIT, REMITTANCE
    }

    public enum Reason {
        NO_DEPOSIT, NO_ERA, AMOUNT_MISMATCH, UNKNOWN_CLAIM
    }
}
