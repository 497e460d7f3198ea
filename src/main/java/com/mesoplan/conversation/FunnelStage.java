package com.mesoplan.conversation;

import com.mesoplan.recommendation.PlanStatus;

/**
 * How far a person got: consent, a question of the pre-consultation, its outcome, sharing it with
 * the clinic, and accepting reminders. {@link #key()} is what the funnel stores.
 */
public sealed interface FunnelStage {

  String key();

  /** Agreed to the health questions. */
  record Consented() implements FunnelStage {
    public String key() {
      return "consented";
    }
  }

  /** Was asked this question of the pre-consultation. */
  record Question(String stepId) implements FunnelStage {
    public String key() {
      return "question:" + stepId;
    }
  }

  /** Got a plan (of this status) or declined consent. */
  record Outcome(String result) implements FunnelStage {
    public static final String DECLINED = "declined";

    static Outcome of(PlanStatus status) {
      return new Outcome(status.name().toLowerCase(java.util.Locale.ROOT));
    }

    public String key() {
      return "result:" + result;
    }
  }

  /** Sent the pre-consultation to the clinic. */
  record Shared() implements FunnelStage {
    public String key() {
      return "shared";
    }
  }

  /** Turned reminders and check-ins on. */
  record RemindersOn() implements FunnelStage {
    public String key() {
      return "reminders";
    }
  }
}
