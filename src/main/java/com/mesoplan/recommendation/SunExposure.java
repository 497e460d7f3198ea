package com.mesoplan.recommendation;

/** Part of a {@link PatientProfile}. */
public enum SunExposure {
  LOW, MODERATE, HIGH
}
