package com.mesoplan.followup;

/** What a check-in asks of the person and the clinic, from nothing to an emergency. */
public enum AlertLevel {
  /** Expected or no reaction: the plan goes on. */
  NONE,
  /** Irritation: the next interval stretches by at least a week. */
  EXTEND,
  /** Pause the plan and contact the clinic today. */
  SAME_DAY,
  /** Pause the plan and contact the clinic now or emergency services. */
  EMERGENCY;

  /** Whether the plan is paused and the clinic's staff alerted. */
  public boolean isRedFlag() {
    return this == SAME_DAY || this == EMERGENCY;
  }
}
