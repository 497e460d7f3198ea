package com.mesoplan.recommendation;

/** The clinic's starting point for one goal at one severity, before any adjustment. */
public record BaseProtocol(
    DayRange loadingSessions, DayRange loadingIntervalDays, DayRange maintenanceDays) {}
