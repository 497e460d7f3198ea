package com.mesoplan.recommendation;

/** Part of a {@link PatientProfile}. */
public enum Sensitivity {
  RESILIENT, NORMAL, SENSITIVE
}
