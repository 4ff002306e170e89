package com.aobsettlement.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Monday to Friday less the US federal holidays of 5 U.S.C. 6103(a), on their observed dates:
 * a holiday on a Saturday is observed the Friday before (5 U.S.C. 6103(b)(1), so New Year's Day
 * 2028 is observed on 2027-12-31), one on a Sunday the Monday after (Executive Order 11582 §3(a)).
 * Written here rather than taken from a library: jollyday's UNITED_STATES calendar omits Columbus
 * Day (DOMAIN.md §7.2).
 */
public final class FederalHolidayCalendar implements BusinessCalendar {

    private final Map<Integer, Map<LocalDate, String>> observedByYear = new ConcurrentHashMap<>();

    @Override
    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            return false;
        }
        return !observedHolidays(date.getYear()).containsKey(date);
    }

    /** The observed holidays that fall in {@code year} (by observed date), with their names. */
    public Map<LocalDate, String> observedHolidays(int year) {
        return observedByYear.computeIfAbsent(year, FederalHolidayCalendar::computeObserved);
    }

    private static Map<LocalDate, String> computeObserved(int year) {
        Map<LocalDate, String> observed = new TreeMap<>();
        // The next year's New Year's Day is observed in this year when it falls on a Saturday.
        for (int y = year; y <= year + 1; y++) {
            for (Map.Entry<LocalDate, String> holiday : actualHolidays(y).entrySet()) {
                LocalDate day = observedDate(holiday.getKey());
                if (day.getYear() == year) {
                    observed.put(day, holiday.getValue());
                }
            }
        }
        return observed;
    }

    private static LocalDate observedDate(LocalDate holiday) {
        return switch (holiday.getDayOfWeek()) {
            case SATURDAY -> holiday.minusDays(1);
            case SUNDAY -> holiday.plusDays(1);
            default -> holiday;
        };
    }

    private static Map<LocalDate, String> actualHolidays(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, Month.JANUARY, 1), "New Year's Day");
        days.put(nthWeekday(year, Month.JANUARY, DayOfWeek.MONDAY, 3), "Martin Luther King Jr. Day");
        days.put(nthWeekday(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3), "Washington's Birthday");
        days.put(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Memorial Day");
        if (year >= 2021) { // Juneteenth National Independence Day Act, Pub. L. 117-17
            days.put(LocalDate.of(year, Month.JUNE, 19), "Juneteenth National Independence Day");
        }
        days.put(LocalDate.of(year, Month.JULY, 4), "Independence Day");
        days.put(nthWeekday(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1), "Labor Day");
        days.put(nthWeekday(year, Month.OCTOBER, DayOfWeek.MONDAY, 2), "Columbus Day");
        days.put(LocalDate.of(year, Month.NOVEMBER, 11), "Veterans Day");
        days.put(nthWeekday(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4), "Thanksgiving Day");
        days.put(LocalDate.of(year, Month.DECEMBER, 25), "Christmas Day");
        return days;
    }

    private static LocalDate nthWeekday(int year, Month month, DayOfWeek dow, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
    }
}
