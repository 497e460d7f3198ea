package com.mesoplan.conversation;

/** A person's follow-up: running, paused by them or by a red flag, or stopped; and progress. */
public record FollowUp(String chatId, Status status, int sessionsDone, String language) {

  /** Whether reminders and check-ins go out. */
  public enum Status {
    ACTIVE,
    PAUSED,
    STOPPED
  }

  FollowUp with(Status next) {
    return new FollowUp(chatId, next, sessionsDone, language);
  }

  FollowUp withSessionsDone(int done) {
    return new FollowUp(chatId, status, done, language);
  }
}
