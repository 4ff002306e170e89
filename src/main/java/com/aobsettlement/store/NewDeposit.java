package com.aobsettlement.store;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A deposits.csv row that passed its checks (DOMAIN.md §5.3). */
public record NewDeposit(LocalDate depositDate, BigDecimal amount, String eftTrace, String sourceFile, String sourceRef) {
}
