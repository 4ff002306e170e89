package com.aobsettlement.operations;

import com.aobsettlement.domain.BusinessCalendar;
import com.aobsettlement.domain.FederalHolidayCalendar;
import com.aobsettlement.store.SettlementStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The business dates a catch-up settles: every business day (DOMAIN.md §7.2) after the last settled
 * one up to a date, oldest first. Computed from the data, not from the timer: a timer replays at most
 * one missed firing.
 */
@Component
public class CatchUp implements ScheduleView {
    private final SettlementStore settlements;
    private final Clock businessClock;
    private final BusinessCalendar calendar = new FederalHolidayCalendar();

    public CatchUp(SettlementStore settlements, @Qualifier("businessClock") Clock businessClock) {
        this.settlements = settlements;
        this.businessClock = businessClock;
    }

    /** The dates to settle through {@code through}: after the last settled one, or from {@code from} (else {@code through} alone) when none is. */
    public List<LocalDate> datesThrough(LocalDate through, Optional<LocalDate> from) {
        LocalDate last = settlements.lastCompletedBusinessDate();
        LocalDate first = last != null ? last.plusDays(1) : from.orElse(through);
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(through); d = d.plusDays(1)) {
            if (calendar.isBusinessDay(d)) {
                dates.add(d);
            }
        }
        return dates;
    }

    @Override
    public Optional<LocalDate> lastSettled() {
        return Optional.ofNullable(settlements.lastCompletedBusinessDate());
    }

    @Override
    public List<LocalDate> backlog() {
        return lastSettled().isEmpty() ? List.of() : datesThrough(LocalDate.now(businessClock), Optional.empty());
    }

    @Override
    public Optional<ZonedDateTime> nextRun() {
        return Optional.empty();
    }

    @Override
    public Optional<String> lastFailure() {
        return Optional.empty();
    }
}
