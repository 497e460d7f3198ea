package com.mesoplan.recommendation;

/** An answer in the safety screening that stops or qualifies a schedule. */
public enum ScreeningFinding {
  PREGNANT_OR_BREASTFEEDING(Effect.HARD_STOP),
  ACTIVE_INFECTION(Effect.HARD_STOP),
  INGREDIENT_ALLERGY(Effect.HARD_STOP),
  BLOOD_THINNERS(Effect.CAUTION),
  AUTOIMMUNE(Effect.CAUTION),
  KELOID(Effect.CAUTION),
  RECENT_ISOTRETINOIN_OR_RESURFACING(Effect.CAUTION),
  RECENT_ILLNESS_OR_VACCINATION(Effect.CAUTION),
  FILLER_REACTION(Effect.CAUTION);

  /** A hard stop means no schedule at all; a caution makes the schedule provisional. */
  public enum Effect {
    HARD_STOP,
    CAUTION
  }

  private final Effect effect;

  ScreeningFinding(Effect effect) {
    this.effect = effect;
  }

  public boolean isHardStop() {
    return effect == Effect.HARD_STOP;
  }
}
