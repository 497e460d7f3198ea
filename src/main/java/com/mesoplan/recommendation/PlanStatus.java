package com.mesoplan.recommendation;

/** Whether the plan stands, needs a practitioner's clearance, or is replaced by a referral. */
public enum PlanStatus {
  /** No screening finding: the plan stands, still to be confirmed at the consultation. */
  OK,
  /** A caution was found: the plan is shown, to be cleared by a practitioner first. */
  PROVISIONAL,
  /** A hard stop or under 18: no schedule, only a referral to a practitioner. */
  REFERRED
}
