package com.mesoplan.recommendation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** The days a clinic sees patients; proposed dates only ever move forward onto one of them. */
public final class WorkingDays {

  private final Set<DayOfWeek> days;

  public WorkingDays(Set<DayOfWeek> days) {
    if (days.isEmpty()) {
      throw new IllegalArgumentException("a clinic needs at least one working day");
    }
    this.days = EnumSet.copyOf(days);
  }

  /** The date itself if the clinic works that day, else the next day it does. */
  public LocalDate onOrAfter(LocalDate date) {
    LocalDate day = date;
    while (!days.contains(day.getDayOfWeek())) {
      day = day.plusDays(1);
    }
    return day;
  }
}
