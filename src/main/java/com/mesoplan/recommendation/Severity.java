package com.mesoplan.recommendation;

/** Part of a {@link PatientProfile}. */
public enum Severity {
  MILD, MODERATE, SEVERE
}
