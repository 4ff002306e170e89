package com.aobsettlement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An amount of money with its EFT trace and date: an 835 payment (BPR02, TRN02, BPR16) or a bank deposit. */
public record Payment(String eftTrace, LocalDate date, BigDecimal amount) {
}
