package com.mesoplan.recommendation;

import java.util.Set;

/**
 * How much one factor moves a plan: deltas added to both ends of the loading sessions, the loading
 * interval and the maintenance interval. An adjustment limited to some goals applies to those
 * only; an empty set means every goal.
 */
public record Adjustment(
    int loadingSessions, int loadingIntervalDays, int maintenanceDays, Set<Goal> goals) {

  public static final Adjustment NONE = new Adjustment(0, 0, 0, Set.of());

  public Adjustment {
    goals = Set.copyOf(goals);
  }

  public boolean appliesTo(Goal goal) {
    return goals.isEmpty() || goals.contains(goal);
  }

  /** This adjustment as it acts on a goal: itself, or nothing when the goal is not covered. */
  public Adjustment forGoal(Goal goal) {
    return appliesTo(goal) ? this : NONE;
  }
}
