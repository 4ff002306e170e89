package com.aobsettlement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FederalHolidayCalendarTest {
    final FederalHolidayCalendar calendar = new FederalHolidayCalendar();

    /** Observed dates as published by OPM for 2024–2030 (5 U.S.C. 6103; EO 11582). */
    @Test
    void observedHolidays2024to2030() {
        List<String> expected = List.of(
                "2024-01-01", "2024-01-15", "2024-02-19", "2024-05-27", "2024-06-19", "2024-07-04", "2024-09-02",
                "2024-10-14", "2024-11-11", "2024-11-28", "2024-12-25",
                "2025-01-01", "2025-01-20", "2025-02-17", "2025-05-26", "2025-06-19", "2025-07-04", "2025-09-01",
                "2025-10-13", "2025-11-11", "2025-11-27", "2025-12-25",
                "2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03", "2026-09-07",
                "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25",
                "2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31", "2027-06-18", "2027-07-05", "2027-09-06",
                "2027-10-11", "2027-11-11", "2027-11-25", "2027-12-24", "2027-12-31",
                "2028-01-17", "2028-02-21", "2028-05-29", "2028-06-19", "2028-07-04", "2028-09-04",
                "2028-10-09", "2028-11-10", "2028-11-23", "2028-12-25",
                "2029-01-01", "2029-01-15", "2029-02-19", "2029-05-28", "2029-06-19", "2029-07-04", "2029-09-03",
                "2029-10-08", "2029-11-12", "2029-11-22", "2029-12-25",
                "2030-01-01", "2030-01-21", "2030-02-18", "2030-05-27", "2030-06-19", "2030-07-04", "2030-09-02",
                "2030-10-14", "2030-11-11", "2030-11-28", "2030-12-25");
        List<String> actual = new ArrayList<>();
        for (int year = 2024; year <= 2030; year++) {
            calendar.observedHolidays(year).keySet().forEach(d -> actual.add(d.toString()));
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void everyYear2020to2035_elevenHolidaysOnWeekdays_tenBeforeJuneteenth() {
        for (int year = 2020; year <= 2035; year++) {
            java.util.Map<LocalDate, String> days = calendar.observedHolidays(year);
            // 2021 also holds New Year's Day 2022 observed on 2021-12-31; 2027 holds 2028's
            int expected = (year == 2020 ? 10 : 11) + (year == 2021 || year == 2027 || year == 2032 ? 1 : 0)
                    - (year == 2022 || year == 2028 || year == 2033 ? 1 : 0);
            assertThat(days).as("holidays observed in " + year).hasSize(expected);
            assertThat(days.keySet()).allSatisfy(d -> assertThat(d.getDayOfWeek().getValue()).isLessThanOrEqualTo(5));
        }
        assertThat(calendar.observedHolidays(2021)).containsEntry(LocalDate.parse("2021-12-31"), "New Year's Day");
        assertThat(calendar.observedHolidays(2033)).containsEntry(LocalDate.parse("2033-12-26"), "Christmas Day");
    }

    @Test
    void newYear2028IsObservedOnFriday2027_12_31() {
        assertThat(calendar.isBusinessDay(LocalDate.parse("2027-12-31"))).isFalse();
        assertThat(calendar.observedHolidays(2028)).doesNotContainKey(LocalDate.parse("2028-01-01"));
    }

    @Test
    void addBusinessDays_acrossThanksgivingChristmasNewYearAndWeekends() {
        assertThat(calendar.add(LocalDate.parse("2026-11-25"), 1, DayKind.BUSINESS)).isEqualTo(LocalDate.parse("2026-11-27"));
        assertThat(calendar.add(LocalDate.parse("2026-12-24"), 1, DayKind.BUSINESS)).isEqualTo(LocalDate.parse("2026-12-28"));
        assertThat(calendar.add(LocalDate.parse("2026-12-31"), 1, DayKind.BUSINESS)).isEqualTo(LocalDate.parse("2027-01-04"));
        assertThat(calendar.add(LocalDate.parse("2027-02-16"), 4, DayKind.BUSINESS)).isEqualTo(LocalDate.parse("2027-02-22"));
        assertThat(calendar.add(LocalDate.parse("2026-11-25"), 30, DayKind.CALENDAR)).isEqualTo(LocalDate.parse("2026-12-25"));
        assertThat(calendar.add(LocalDate.parse("2027-12-30"), 1, DayKind.BUSINESS)).isEqualTo(LocalDate.parse("2028-01-03"));
    }

    @Test
    void nthBusinessDay_countsTheStartDayWhenItIsABusinessDay() {
        assertThat(calendar.nthBusinessDay(LocalDate.parse("2026-11-20"), 1)).isEqualTo(LocalDate.parse("2026-11-20"));
        assertThat(calendar.nthBusinessDay(LocalDate.parse("2026-11-20"), 30)).isEqualTo(LocalDate.parse("2027-01-05"));
        assertThat(calendar.nthBusinessDay(LocalDate.parse("2027-01-04"), 30)).isEqualTo(LocalDate.parse("2027-02-16"));
        // a Saturday start: day 1 is the Monday after
        assertThat(calendar.nthBusinessDay(LocalDate.parse("2026-11-21"), 1)).isEqualTo(LocalDate.parse("2026-11-23"));
        // Thanksgiving start: day 1 is the Friday after
        assertThat(calendar.nthBusinessDay(LocalDate.parse("2026-11-26"), 2)).isEqualTo(LocalDate.parse("2026-11-30"));
    }
}
