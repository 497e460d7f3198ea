package com.mesoplan.recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Checks that a clinic's protocol keeps the properties every plan must have (more severe never
 * fewer sessions, more sensitive never shorter intervals, collagen cocktails never shorter than a
 * light serum, combined procedures never more, dry climate or strong sun never longer hydration
 * maintenance). Each problem names its entry in {@code protocols.yaml}.
 */
public final class ProtocolRules {

  private static final Goal HYDRATION_GOAL = Goal.HYDRATION;

  private ProtocolRules() {}

  public static List<String> problems(Protocols protocols) {
    List<String> problems = new ArrayList<>();
    checkBase(protocols, problems);
    checkSensitivity(protocols, problems);
    checkCocktails(protocols, problems);
    checkProcedures(protocols.combinedProcedures(), problems);
    checkHydrationMaintenance(protocols, problems);
    checkGoalLimitedSessions(protocols, problems);
    checkAgeBands(protocols.age(), problems);
    if (protocols.irritationExtensionDays() < Guards.MIN_INTERVAL_DAYS) {
      problems.add("irritationExtensionDays: must be at least " + Guards.MIN_INTERVAL_DAYS);
    }
    if (protocols.procedureGapDays() < 0) {
      problems.add("procedureGapDays: must not be negative");
    }
    if (protocols.workingDays().isEmpty()) {
      problems.add("workingDays: at least one day is needed");
    }
    return problems;
  }

  private static void checkBase(Protocols protocols, List<String> problems) {
    for (Goal goal : Goal.values()) {
      Map<Severity, BaseProtocol> bySeverity = protocols.base().get(goal);
      for (Severity severity : Severity.values()) {
        if (bySeverity == null || bySeverity.get(severity) == null) {
          problems.add("base." + goal + "." + severity + ": missing");
        }
      }
    }
    if (!problems.isEmpty()) {
      return;
    }
    for (Goal goal : Goal.values()) {
      for (Severity severity : Severity.values()) {
        BaseProtocol base = protocols.base(goal, severity);
        String entry = "base." + goal + "." + severity;
        if (base.loadingSessions().min() < 1 || base.loadingIntervalDays().min() < 1
            || base.maintenanceDays().min() < 1) {
          problems.add(entry + ": every number must be at least 1");
        }
        if (base.loadingSessions().min() < Guards.MIN_LOADING_SESSIONS) {
          problems.add(entry + ": a loading phase is a series of at least "
              + Guards.MIN_LOADING_SESSIONS + " sessions");
        }
        if (severity.ordinal() > 0) {
          Severity milder = Severity.values()[severity.ordinal() - 1];
          notFewer(base.loadingSessions(), protocols.base(goal, milder).loadingSessions(),
              entry + ": loadingSessions fewer than for " + milder, problems);
        }
        if (goal.tier() == Goal.Tier.CORRECTIVE) {
          for (Goal light : Goal.values()) {
            if (light.tier() == Goal.Tier.LIGHT) {
              notFewer(base.loadingSessions(), protocols.base(light, severity).loadingSessions(),
                  entry + ": loadingSessions fewer than base." + light + "." + severity, problems);
            }
          }
        }
      }
    }
  }

  private static void notFewer(DayRange value, DayRange other, String problem, List<String> out) {
    if (value.min() < other.min() || value.max() < other.max()) {
      out.add(problem);
    }
  }

  private static void checkSensitivity(Protocols protocols, List<String> problems) {
    Sensitivity[] order = Sensitivity.values();
    for (int i = 1; i < order.length; i++) {
      for (Goal goal : Goal.values()) {
        Adjustment more = protocols.sensitivity().get(order[i]).forGoal(goal);
        Adjustment less = protocols.sensitivity().get(order[i - 1]).forGoal(goal);
        if (shortensIntervals(more, less)) {
          problems.add("sensitivity." + order[i] + ": intervals shorter than for " + order[i - 1]
              + " (goal " + goal + ")");
        }
      }
    }
  }

  private static void checkCocktails(Protocols protocols, List<String> problems) {
    for (Cocktail collagen : Cocktail.values()) {
      if (!collagen.stimulatesCollagen()) {
        continue;
      }
      for (Goal goal : Goal.values()) {
        Adjustment heavy = protocols.cocktail().get(collagen).forGoal(goal);
        Adjustment light = protocols.cocktail().get(Cocktail.VITAMINS).forGoal(goal);
        if (shortensIntervals(heavy, light)) {
          problems.add("cocktail." + collagen + ": intervals shorter than for VITAMINS (goal "
              + goal + ")");
        }
      }
    }
  }

  private static boolean shortensIntervals(Adjustment candidate, Adjustment reference) {
    return candidate.loadingIntervalDays() < reference.loadingIntervalDays()
        || candidate.maintenanceDays() < reference.maintenanceDays();
  }

  private static void checkProcedures(Adjustment procedures, List<String> problems) {
    if (procedures.loadingSessions() > 0) {
      problems.add("combinedProcedures: must not add loading sessions");
    }
    if (procedures.loadingIntervalDays() < 0 || procedures.maintenanceDays() < 0) {
      problems.add("combinedProcedures: must not shorten intervals");
    }
  }

  private static void checkHydrationMaintenance(Protocols protocols, List<String> problems) {
    notLonger("climate", protocols.climate(), Climate.DRY, problems);
    notLonger("sunExposure", protocols.sunExposure(), SunExposure.HIGH, problems);
  }

  private static <E extends Enum<E>> void notLonger(
      String group, Map<E, Adjustment> adjustments, E harsh, List<String> problems) {
    ToIntFunction<E> maintenance = v -> adjustments.get(v).forGoal(HYDRATION_GOAL).maintenanceDays();
    for (E other : adjustments.keySet()) {
      if (maintenance.applyAsInt(harsh) > maintenance.applyAsInt(other)) {
        problems.add(group + "." + harsh + ": hydration maintenance longer than for " + other);
      }
    }
  }

  /** Goal-limited session changes may widen the gap between light and corrective goals only. */
  private static void checkGoalLimitedSessions(Protocols protocols, List<String> problems) {
    Map<String, Map<?, Adjustment>> groups = Map.of(
        "sensitivity", protocols.sensitivity(), "skinType", protocols.skinType(),
        "cocktail", protocols.cocktail(), "sunExposure", protocols.sunExposure(),
        "climate", protocols.climate(), "stress", protocols.stress(),
        "combinedProcedures", Map.of("", protocols.combinedProcedures()));
    groups.forEach((group, adjustments) -> adjustments.forEach((value, adjustment) ->
        checkGoalLimited(group + (value.toString().isEmpty() ? "" : "." + value), adjustment,
            problems)));
    for (AgeBand band : protocols.age()) {
      checkGoalLimited("age." + band.fromAge() + "-" + band.untilAge(), band.adjustment(), problems);
    }
  }

  private static void checkGoalLimited(String entry, Adjustment adjustment, List<String> problems) {
    if (adjustment.goals().isEmpty() || adjustment.loadingSessions() == 0) {
      return;
    }
    Goal.Tier allowed = adjustment.loadingSessions() < 0 ? Goal.Tier.LIGHT : Goal.Tier.CORRECTIVE;
    for (Goal goal : adjustment.goals()) {
      if (goal.tier() != allowed) {
        problems.add(entry + ": a goal-limited change of loading sessions by "
            + adjustment.loadingSessions() + " may not cover " + goal);
      }
    }
  }

  private static void checkAgeBands(List<AgeBand> bands, List<String> problems) {
    for (int i = 0; i < bands.size(); i++) {
      for (int j = i + 1; j < bands.size(); j++) {
        AgeBand a = bands.get(i);
        AgeBand b = bands.get(j);
        if (a.fromAge() < b.untilAge() && b.fromAge() < a.untilAge()) {
          problems.add("age: bands " + a.fromAge() + "-" + a.untilAge() + " and " + b.fromAge()
              + "-" + b.untilAge() + " overlap");
        }
      }
    }
  }
}
