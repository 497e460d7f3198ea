package com.mesoplan.recommendation;

/** Part of a {@link PatientProfile}. */
public enum Stress {
  LOW, HIGH
}
