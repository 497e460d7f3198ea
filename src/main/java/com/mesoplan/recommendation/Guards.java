package com.mesoplan.recommendation;

import com.mesoplan.i18n.Text;
import java.util.function.UnaryOperator;

/**
 * The limits that protect the skin from over-treatment. They hold whatever a clinic configures:
 * each value a guard changes adds a reason saying so.
 */
public final class Guards {

  public static final int MIN_INTERVAL_DAYS = 7;
  public static final int SENSITIVE_MIN_INTERVAL_DAYS = 14;
  /** A loading phase is a series: one session is not a loading phase. */
  public static final int MIN_LOADING_SESSIONS = 2;
  /** Prevention and mild hydration need only a short series. */
  public static final int LIGHT_CARE_MAX_LOADING_SESSIONS = 3;
  public static final int MAX_LOADING_SESSIONS = 6;
  public static final int MIN_MAINTENANCE_DAYS = 28;
  public static final int MAX_MAINTENANCE_DAYS = 120;
  public static final int LIGHT_CARE_MIN_MAINTENANCE_DAYS = 60;

  private static final Text LOADING_SESSIONS = Text.of("reason.guard.loadingSessions",
      "min", MIN_LOADING_SESSIONS, "max", MAX_LOADING_SESSIONS);
  private static final Text MIN_INTERVAL = Text.of("reason.guard.minInterval",
      "days", MIN_INTERVAL_DAYS);
  private static final Text SENSITIVE_MIN_INTERVAL = Text.of("reason.guard.minInterval",
      "days", SENSITIVE_MIN_INTERVAL_DAYS);
  private static final Text MAINTENANCE = Text.of("reason.guard.maintenance",
      "min", MIN_MAINTENANCE_DAYS, "max", MAX_MAINTENANCE_DAYS);
  private static final Text SHORT_SERIES = Text.of("reason.guard.shortSeries",
      "min", MIN_LOADING_SESSIONS, "max", LIGHT_CARE_MAX_LOADING_SESSIONS);
  private static final Text LIGHT_CARE = Text.of("reason.guard.lightCare",
      "min", LIGHT_CARE_MIN_MAINTENANCE_DAYS, "max", MAX_MAINTENANCE_DAYS);

  private Guards() {}

  static void apply(PlanDraft draft, PatientProfile profile) {
    draft.loadingSessions = limit(draft, draft.loadingSessions,
        r -> r.atLeast(MIN_LOADING_SESSIONS).atMost(MAX_LOADING_SESSIONS), LOADING_SESSIONS);
    boolean sensitive = profile.sensitivity() == Sensitivity.SENSITIVE;
    draft.loadingIntervalDays = limit(draft, draft.loadingIntervalDays,
        r -> r.atLeast(sensitive ? SENSITIVE_MIN_INTERVAL_DAYS : MIN_INTERVAL_DAYS),
        sensitive ? SENSITIVE_MIN_INTERVAL : MIN_INTERVAL);
    draft.maintenanceDays = limit(draft, draft.maintenanceDays,
        r -> r.atLeast(MIN_MAINTENANCE_DAYS).atMost(MAX_MAINTENANCE_DAYS), MAINTENANCE);
    if (isLightCare(profile)) {
      draft.loadingSessions = limit(draft, draft.loadingSessions,
          r -> r.atMost(LIGHT_CARE_MAX_LOADING_SESSIONS), SHORT_SERIES);
      draft.maintenanceDays = limit(draft, draft.maintenanceDays,
          r -> r.atLeast(LIGHT_CARE_MIN_MAINTENANCE_DAYS), LIGHT_CARE);
    }
  }

  /** Prevention and mild hydration keep results with touch-ups every two to four months. */
  public static boolean isLightCare(PatientProfile profile) {
    return profile.goal() == Goal.PREVENTION
        || (profile.goal() == Goal.HYDRATION && profile.severity() == Severity.MILD);
  }

  private static DayRange limit(
      PlanDraft draft, DayRange value, UnaryOperator<DayRange> guard, Text reason) {
    DayRange guarded = guard.apply(value);
    if (!guarded.equals(value)) {
      draft.reasons.add(reason);
    }
    return guarded;
  }
}
