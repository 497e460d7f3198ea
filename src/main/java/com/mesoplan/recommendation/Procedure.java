package com.mesoplan.recommendation;

/** Part of a {@link PatientProfile}. */
public enum Procedure {
  MICRONEEDLING, LASER, LED
}
