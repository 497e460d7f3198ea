package com.mesoplan.recommendation;

/** An adjustment for ages from {@code fromAge} (inclusive) to {@code untilAge} (exclusive). */
public record AgeBand(int fromAge, int untilAge, Adjustment adjustment) {

  public AgeBand {
    if (fromAge >= untilAge) {
      throw new IllegalArgumentException("age band " + fromAge + "-" + untilAge + " is empty");
    }
  }

  public boolean contains(int age) {
    return age >= fromAge && age < untilAge;
  }
}
