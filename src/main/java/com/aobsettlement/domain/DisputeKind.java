package com.aobsettlement.domain;

/** The kinds of dispute a settlement opens (DOMAIN.md §6.3, §7.4). */
public enum DisputeKind {
    TIMELY_FILING_RISK, NO_PAYMENT, DENIAL, UNDERPAYMENT, OVERPAYMENT, LATE_PAYMENT, NSA_NEGOTIATION, NSA_IDR
}
