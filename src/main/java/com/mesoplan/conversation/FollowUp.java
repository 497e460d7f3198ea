package com.mesoplan.conversation;

import java.time.ZoneId;
import java.util.Optional;

/**
 * A person's follow-up: running, paused by them or by a red flag, or stopped; how many sessions
 * are behind them; their language; and their own time zone if it differs from the clinic's.
 */
public record FollowUp(String chatId, Status status, int sessionsDone, String language,
    Optional<ZoneId> timeZone) {

  /** Whether reminders and check-ins go out. */
  public enum Status {
    ACTIVE,
    /** Paused by the person. */
    PAUSED,
    /** Paused after a same-day or emergency answer: a safety record, kept for its own period. */
    SAFETY_PAUSE,
    /** Stopped by the person, or ended some time after the last planned session. */
    STOPPED
  }

  FollowUp with(Status next) {
    return new FollowUp(chatId, next, sessionsDone, language, timeZone);
  }

  FollowUp withSessionsDone(int done) {
    return new FollowUp(chatId, status, done, language, timeZone);
  }

  FollowUp withTimeZone(ZoneId zone) {
    return new FollowUp(chatId, status, sessionsDone, language, Optional.of(zone));
  }
}
