package com.mesoplan.followup;

/** How the skin has changed since treatment began, in the person's own view. */
public enum Progress {
  IMPROVED,
  NO_CHANGE,
  WORSE
}
