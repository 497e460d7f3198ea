package com.mesoplan.recommendation;

/** An inclusive range of whole numbers (sessions or days), min never above max. */
public record DayRange(int min, int max) {

  public DayRange {
    if (min > max) {
      throw new IllegalArgumentException("min " + min + " is above max " + max);
    }
  }

  /** The number proposed when one value is needed: the middle, rounded up. */
  public int proposed() {
    return (min + max + 1) / 2;
  }

  DayRange plus(int delta) {
    return delta == 0 ? this : new DayRange(min + delta, max + delta);
  }

  /** Raises both ends to at least {@code floor}. */
  DayRange atLeast(int floor) {
    return min >= floor ? this : new DayRange(floor, Math.max(max, floor));
  }

  /** Lowers both ends to at most {@code ceiling}. */
  DayRange atMost(int ceiling) {
    return max <= ceiling ? this : new DayRange(Math.min(min, ceiling), ceiling);
  }

  static DayRange of(int min, int max) {
    return new DayRange(min, Math.max(min, max));
  }
}
