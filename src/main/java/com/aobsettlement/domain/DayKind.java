package com.aobsettlement.domain;

/** How a payer counts a period of days (DOMAIN.md §7.2). */
public enum DayKind {
    CALENDAR, BUSINESS
}
