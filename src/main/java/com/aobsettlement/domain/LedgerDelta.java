package com.aobsettlement.domain;

import java.math.BigDecimal;

/** What changed in a claim's position since its previous settlement (DOMAIN.md §6.4). */
public record LedgerDelta(BigDecimal collected, BigDecimal fee, BigDecimal netToProvider, BigDecimal refundReserve,
                          BigDecimal writeOff) {

    public static final LedgerDelta NONE = new LedgerDelta(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    /** The change from {@code previous} (null: nothing settled before) to {@code current}. */
    public static LedgerDelta between(Settlement previous, Settlement current) {
        if (previous == null) {
            return new LedgerDelta(current.collected(), current.fee(), current.netToProvider(),
                    current.refundReserve(), current.writeOff());
        }
        return new LedgerDelta(current.collected().subtract(previous.collected()),
                current.fee().subtract(previous.fee()),
                current.netToProvider().subtract(previous.netToProvider()),
                current.refundReserve().subtract(previous.refundReserve()),
                current.writeOff().subtract(previous.writeOff()));
    }

    public boolean isZero() {
        return collected.signum() == 0 && fee.signum() == 0 && netToProvider.signum() == 0
                && refundReserve.signum() == 0 && writeOff.signum() == 0;
    }
}
