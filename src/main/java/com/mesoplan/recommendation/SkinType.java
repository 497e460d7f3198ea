package com.mesoplan.recommendation;

/** Part of a {@link PatientProfile}. */
public enum SkinType {
  DRY, NORMAL, OILY, COMBINATION
}
