package com.mesoplan.recommendation;

/** Part of a {@link PatientProfile}. */
public enum Climate {
  DRY, TEMPERATE, HUMID
}
