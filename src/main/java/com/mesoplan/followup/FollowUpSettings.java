package com.mesoplan.followup;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * When follow-up messages go out: the local time of day, how many days before a session the
 * reminder comes and how many after it the check-in, the clinic's quiet hours, and the length
 * of a day (one day normally; seconds in tests and demos, which plays a course out quickly).
 */
public record FollowUpSettings(LocalTime timeOfDay, int reminderDaysBefore, int checkInDaysAfter,
    LocalTime quietFrom, LocalTime quietUntil, Duration dayLength, List<Integer> lateCheckInDays) {

  /** Late lumps or nodules can show 1-12 weeks after a session: check at 2 and 6 weeks. */
  public static final List<Integer> LATE_CHECK_IN_DAYS = List.of(14, 42);

  public FollowUpSettings(LocalTime timeOfDay, int reminderDaysBefore, int checkInDaysAfter,
      LocalTime quietFrom, LocalTime quietUntil, Duration dayLength) {
    this(timeOfDay, reminderDaysBefore, checkInDaysAfter, quietFrom, quietUntil, dayLength,
        LATE_CHECK_IN_DAYS);
  }

  public FollowUpSettings {
    Objects.requireNonNull(timeOfDay, "timeOfDay");
    Objects.requireNonNull(quietFrom, "quietFrom");
    Objects.requireNonNull(quietUntil, "quietUntil");
    if (reminderDaysBefore < 1 || checkInDaysAfter < 1) {
      throw new IllegalArgumentException("reminders come before a session, check-ins after it");
    }
    if (dayLength.isNegative() || dayLength.isZero()) {
      throw new IllegalArgumentException("a day must last some time");
    }
    lateCheckInDays = List.copyOf(lateCheckInDays);
    if (lateCheckInDays.stream().anyMatch(d -> d <= checkInDaysAfter)) {
      throw new IllegalArgumentException("late check-ins come after the first check-in");
    }
  }

  public boolean realTime() {
    return dayLength.equals(Duration.ofDays(1));
  }

  /** Whether a local time falls in the quiet hours (which may run past midnight). */
  public boolean isQuiet(LocalTime time) {
    if (quietFrom.equals(quietUntil)) {
      return false;
    }
    return quietFrom.isBefore(quietUntil)
        ? !time.isBefore(quietFrom) && time.isBefore(quietUntil)
        : !time.isBefore(quietFrom) || time.isBefore(quietUntil);
  }
}
