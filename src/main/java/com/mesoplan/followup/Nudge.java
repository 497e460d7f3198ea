package com.mesoplan.followup;

import java.time.Instant;
import java.time.LocalDate;

/** A message the bot sends on its own: a reminder before a session, or a check-in after it. */
public record Nudge(Kind kind, int session, LocalDate sessionDate, Instant at) {

  /** Before or after the session. */
  public enum Kind {
    REMINDER,
    CHECK_IN,
    /**
     * Weeks after the last loading session and after each maintenance session, when late lumps
     * or nodules show; its {@code sessionDate} is the day of the check-in itself.
     */
    LATE_CHECK_IN
  }
}
