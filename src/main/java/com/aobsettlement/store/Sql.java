package com.aobsettlement.store;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;

/** Conversions between domain values and columns; instants are stored as UTC DATETIME(6). */
final class Sql {
    private Sql() {
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime ldt) {
        return ldt == null ? null : ldt.toInstant(ZoneOffset.UTC);
    }

    static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /** "?,?,?" for an IN list of {@code n} values. */
    static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    static Object[] args(Collection<?> values) {
        return values.toArray();
    }
}
