package com.mesoplan.recommendation;

/** The family of the injected cocktail; UNKNOWN takes the clinic's default. */
public enum Cocktail {
  HYALURONIC_ACID,
  VITAMINS,
  PEPTIDES,
  GROWTH_FACTORS,
  UNKNOWN;

  /** Collagen-stimulating cocktails need time to act between sessions. */
  public boolean stimulatesCollagen() {
    return this == PEPTIDES || this == GROWTH_FACTORS;
  }
}
