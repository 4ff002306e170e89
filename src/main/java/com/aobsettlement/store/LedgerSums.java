package com.aobsettlement.store;

import com.aobsettlement.domain.Money;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Sums in the ledger's columns (DOMAIN.md §6.4): of ledger entries, of positions or of provider totals. */
public record LedgerSums(BigDecimal collected, BigDecimal fee, BigDecimal netToProvider, BigDecimal refundReserve,
                         BigDecimal writeOff) {
    public static final LedgerSums ZERO = new LedgerSums(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    /** The sums in columns 1 to 5 of the current row, in the order of the record; an empty sum (NULL) is 0.00. */
    static LedgerSums of(ResultSet rs) throws SQLException {
        return of(rs, 1);
    }

    /** The sums in columns {@code first} to {@code first + 4} of the current row. */
    static LedgerSums of(ResultSet rs, int first) throws SQLException {
        return new LedgerSums(Money.orZero(rs.getBigDecimal(first)), Money.orZero(rs.getBigDecimal(first + 1)),
                Money.orZero(rs.getBigDecimal(first + 2)), Money.orZero(rs.getBigDecimal(first + 3)),
                Money.orZero(rs.getBigDecimal(first + 4)));
    }
}
