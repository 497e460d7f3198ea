package com.mesoplan.followup;

/** What the person notices on their skin after a session, by how urgent it is. */
public enum Symptom {
  REDNESS(Urgency.EXPECTED),
  SWELLING(Urgency.EXPECTED),
  BRUISING(Urgency.EXPECTED),
  BUMPS(Urgency.EXPECTED),
  SENSITIVITY(Urgency.EXPECTED),
  BLANCHING_OR_DISCOLOURATION(Urgency.EMERGENCY),
  DISPROPORTIONATE_PAIN(Urgency.EMERGENCY),
  VISION_CHANGE(Urgency.EMERGENCY),
  HIVES_OR_BREATHING_TROUBLE(Urgency.EMERGENCY),
  SPREADING_REDNESS_OR_WARMTH(Urgency.SAME_DAY),
  PUS_OR_FEVER(Urgency.SAME_DAY),
  PAINFUL_LUMPS(Urgency.SAME_DAY),
  COLD_SORE_BLISTERS(Urgency.SAME_DAY);

  /** Expected reactions settle by themselves; the others need the clinic. */
  public enum Urgency {
    EXPECTED,
    SAME_DAY,
    EMERGENCY
  }

  private final Urgency urgency;

  Symptom(Urgency urgency) {
    this.urgency = urgency;
  }

  public Urgency urgency() {
    return urgency;
  }

  /**
   * Signs of an allergic reaction or of a blocked vessel near the eye: minutes count, so the
   * first thing to do is to call the emergency number, not the clinic.
   */
  public boolean callsEmergencyServicesFirst() {
    return this == VISION_CHANGE || this == HIVES_OR_BREATHING_TROUBLE;
  }
}
