package com.mesoplan.recommendation;

import java.time.Period;

/** An answer in the safety screening that stops or qualifies a schedule. */
public enum ScreeningFinding {
  PREGNANT_OR_BREASTFEEDING(Effect.HARD_STOP),
  ACTIVE_INFECTION(Effect.HARD_STOP),
  INGREDIENT_ALLERGY(Effect.HARD_STOP),
  BLOOD_THINNERS(Effect.CAUTION),
  AUTOIMMUNE(Effect.CAUTION),
  KELOID(Effect.CAUTION),
  RECENT_ISOTRETINOIN_OR_RESURFACING(Effect.CAUTION, Period.ofMonths(6)),
  RECENT_ILLNESS_OR_VACCINATION(Effect.CAUTION, Period.ofDays(14)),
  FILLER_REACTION(Effect.CAUTION),
  FREQUENT_COLD_SORES(Effect.CAUTION),
  PLANNING_PREGNANCY(Effect.CAUTION),
  RECENT_FILLER_OR_BOTOX(Effect.CAUTION, Period.ofDays(14)),
  RETINOIDS_OR_ACIDS(Effect.CAUTION),
  SUNBURN_OR_TAN(Effect.CAUTION);

  /** A hard stop means no schedule at all; a caution makes the schedule provisional. */
  public enum Effect {
    HARD_STOP,
    CAUTION
  }

  private final Effect effect;
  private final Period wait;

  ScreeningFinding(Effect effect) {
    this(effect, Period.ZERO);
  }

  ScreeningFinding(Effect effect, Period wait) {
    this.effect = effect;
    this.wait = wait;
  }

  /**
   * How long after today the first session may be at the earliest: the skin must be six months
   * clear of isotretinoin or resurfacing, the body two weeks clear of an illness, a vaccination
   * or dental work, the face two weeks clear of fillers or botulinum toxin (procedures are never
   * stacked in the same days). The answer says "in the last ...", so the wait counts from today.
   */
  public Period waitBefore() {
    return wait;
  }

  public boolean isHardStop() {
    return effect == Effect.HARD_STOP;
  }
}
