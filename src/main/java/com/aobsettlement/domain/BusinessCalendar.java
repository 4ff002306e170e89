package com.aobsettlement.domain;

import java.time.LocalDate;

/** Day arithmetic for deadlines (DOMAIN.md §7.2). */
public interface BusinessCalendar {

    boolean isBusinessDay(LocalDate date);

    /**
     * {@code add(date, n, CALENDAR)} is plain date arithmetic; {@code add(date, n, BUSINESS)} is
     * the n-th business day after {@code date} ({@code date} itself never counts).
     */
    default LocalDate add(LocalDate date, int n, DayKind kind) {
        if (kind == DayKind.CALENDAR) {
            return date.plusDays(n);
        }
        if (n < 0) {
            throw new IllegalArgumentException("business days are only added forward: " + n);
        }
        LocalDate day = date;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * "Within N business days beginning on the day …": {@code date} is day 1 when it is a
     * business day, otherwise day 1 is the next business day.
     */
    default LocalDate nthBusinessDay(LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n counts from 1: " + n);
        }
        return isBusinessDay(date) ? add(date, n - 1, DayKind.BUSINESS) : add(date, n, DayKind.BUSINESS);
    }
}
