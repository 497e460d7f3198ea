package com.mesoplan.recommendation;

/** What the person wants mesotherapy to do for their face. */
public enum Goal {
  HYDRATION(Tier.LIGHT),
  RADIANCE(Tier.LIGHT),
  FINE_LINES(Tier.CORRECTIVE),
  DEEP_WRINKLES(Tier.CORRECTIVE),
  ACNE_SCARS(Tier.CORRECTIVE),
  PIGMENTATION(Tier.CORRECTIVE),
  PREVENTION(Tier.LIGHT);

  /** Light goals need fewer sessions than corrective ones at the same severity. */
  public enum Tier {
    LIGHT,
    CORRECTIVE
  }

  private final Tier tier;

  Goal(Tier tier) {
    this.tier = tier;
  }

  public Tier tier() {
    return tier;
  }
}
