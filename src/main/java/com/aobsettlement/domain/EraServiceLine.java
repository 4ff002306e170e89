package com.aobsettlement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An SVC loop (2110): procedure as sent (SVC01), charge, paid, units, service dates (DTM 472, or 150/151), its CAS. */
public record EraServiceLine(int index, String procedure, BigDecimal charge, BigDecimal paid, BigDecimal units,
                             LocalDate serviceFrom, LocalDate serviceTo, List<EraAdjustment> adjustments) {
}
