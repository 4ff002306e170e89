package com.aobsettlement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One PLB adjustment: provider (PLB01), fiscal period date (PLB02), reason (e.g. L6, WO, CV) and reference, amount. */
public record EraProviderAdjustment(String providerId, LocalDate fiscalPeriod, String reason, String reference,
                                    BigDecimal amount) {
}
