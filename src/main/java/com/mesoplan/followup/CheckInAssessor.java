package com.mesoplan.followup;

import com.mesoplan.i18n.Text;
import com.mesoplan.recommendation.DayRange;
import com.mesoplan.recommendation.TreatmentPlan;
import com.mesoplan.recommendation.TreatmentPlan.Phase;
import com.mesoplan.recommendation.TreatmentPlan.ProposedSession;
import com.mesoplan.recommendation.WorkingDays;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Assesses a check-in against the plan: an emergency sign wins over everything, then same-day
 * signs, then irritation that stretches the timeline; expected reactions change nothing. What to
 * do first follows the sign: the emergency number for an allergic reaction or a change in
 * vision, the clinic's phone for blanching or pain out of proportion (the emergency number if
 * the clinic cannot be reached), the clinic's phone the same day for the same-day signs.
 */
public final class CheckInAssessor {

  /** Expected reactions settle within this many days. */
  public static final int EXPECTED_DAYS = 3;
  /** Swelling or redness lasting longer than this needs the clinic the same day. */
  public static final int LINGERING_DAYS = 7;
  /** Sessions after which no visible change is a plateau. */
  public static final int PLATEAU_SESSIONS = 3;

  private final int extensionDays;
  private final WorkingDays workingDays;
  private final Clock clock;
  private final UrgentContacts contacts;

  public CheckInAssessor(int extensionDays, WorkingDays workingDays, Clock clock,
      UrgentContacts contacts) {
    this.contacts = contacts;
    if (extensionDays < 7) {
      throw new IllegalArgumentException("irritation stretches the timeline by at least a week");
    }
    this.extensionDays = extensionDays;
    this.workingDays = workingDays;
    this.clock = clock;
  }

  public CheckInAssessment assess(TreatmentPlan plan, CheckInReport report) {
    AlertLevel level = levelOf(report);
    List<Text> advice = new ArrayList<>(adviceFor(level, report));
    if (level.isRedFlag() || !plan.hasSchedule()) {
      return new CheckInAssessment(level, Optional.empty(), List.of(), advice);
    }
    boolean maintenance = report.sessionsDone() >= loadingCount(plan);
    DayRange interval = currentInterval(plan, maintenance);
    if (level == AlertLevel.EXTEND) {
      interval = new DayRange(interval.min() + extensionDays, interval.max() + extensionDays);
    } else if (maintenance && report.progress() == Progress.IMPROVED) {
      interval = new DayRange(interval.max(), interval.max());
    }
    advice.addAll(progressAdvice(report));
    return new CheckInAssessment(level, Optional.of(interval),
        remainingDates(plan, report, interval), advice);
  }

  /**
   * What a report alone says, for someone with no plan in follow-up (a problem reported at any
   * time): the level and what to do, no dates.
   */
  public CheckInAssessment adviceOnly(CheckInReport report) {
    AlertLevel level = levelOf(report);
    return new CheckInAssessment(level, Optional.empty(), List.of(), adviceFor(level, report));
  }

  /** Whom a person calls when a sign cannot wait. */
  public UrgentContacts contacts() {
    return contacts;
  }

  static AlertLevel levelOf(CheckInReport report) {
    Set<Symptom> symptoms = report.symptoms();
    if (symptoms.stream().anyMatch(s -> s.urgency() == Symptom.Urgency.EMERGENCY)) {
      return AlertLevel.EMERGENCY;
    }
    if (symptoms.stream().anyMatch(s -> s.urgency() == Symptom.Urgency.SAME_DAY)
        || lingers(report)) {
      return AlertLevel.SAME_DAY;
    }
    boolean irritationPersists = !symptoms.isEmpty() && report.symptomDays() > EXPECTED_DAYS;
    boolean sensitivityGrows = symptoms.contains(Symptom.SENSITIVITY)
        && report.progress() == Progress.WORSE;
    // worse with nothing to name is still worse: the skin gets more time, the clinic is told
    boolean worseUnnamed = symptoms.isEmpty() && report.progress() == Progress.WORSE;
    return irritationPersists || sensitivityGrows || worseUnnamed
        ? AlertLevel.EXTEND : AlertLevel.NONE;
  }

  private static boolean lingers(CheckInReport report) {
    boolean swellingOrRedness = report.symptoms().contains(Symptom.SWELLING)
        || report.symptoms().contains(Symptom.REDNESS);
    return swellingOrRedness && report.symptomDays() > LINGERING_DAYS;
  }

  private List<Text> adviceFor(AlertLevel level, CheckInReport report) {
    List<Text> advice = new ArrayList<>();
    switch (level) {
      case EMERGENCY -> advice.add(Text.of(report.symptoms().stream()
              .anyMatch(Symptom::callsEmergencyServicesFirst)
              ? "advice.callEmergencyNow" : "advice.callClinicNow",
          "number", contacts.emergencyNumber(), "phone", contacts.clinicPhone()));
      case SAME_DAY -> advice.add(Text.of("advice.sameDay",
          "number", contacts.emergencyNumber(), "phone", contacts.clinicPhone()));
      case EXTEND -> advice.add(Text.of("advice.extend", "days", extensionDays));
      case NONE -> advice.add(Text.of(report.symptoms().isEmpty()
          ? "advice.allWell" : "advice.expected", "days", EXPECTED_DAYS));
    }
    if (level.isRedFlag()) {
      for (Symptom symptom : Symptom.values()) {
        if (report.symptoms().contains(symptom) && symptom.urgency() != Symptom.Urgency.EXPECTED) {
          advice.add(Text.of("advice.redFlag", "symptom", symptom));
        }
      }
      if (lingers(report)) {
        advice.add(Text.of("advice.lingering", "days", report.symptomDays()));
      }
    }
    return advice;
  }

  private static List<Text> progressAdvice(CheckInReport report) {
    return switch (report.progress()) {
      case IMPROVED -> List.of(Text.of("advice.improved"));
      case NO_CHANGE -> report.sessionsDone() >= PLATEAU_SESSIONS
          ? List.of(Text.of("advice.plateau", "sessions", report.sessionsDone())) : List.of();
      case WORSE -> List.of(Text.of("advice.worse"));
    };
  }

  private static int loadingCount(TreatmentPlan plan) {
    return (int) plan.sessions().stream().filter(s -> s.phase() == Phase.LOADING).count();
  }

  private static DayRange currentInterval(TreatmentPlan plan, boolean maintenance) {
    return maintenance
        ? plan.maintenance().orElseThrow().intervalDays()
        : plan.loading().orElseThrow().intervalDays();
  }

  /** The next session after the stretched interval; later ones keep their original spacing. */
  private List<LocalDate> remainingDates(
      TreatmentPlan plan, CheckInReport report, DayRange interval) {
    LocalDate today = LocalDate.now(clock);
    LocalDate lastSession = today.minusDays(report.daysSinceSession());
    LocalDate next = lastSession.plusDays(interval.proposed());
    if (!next.isAfter(today)) {
      next = today.plusDays(1);
    }
    List<LocalDate> dates = new ArrayList<>();
    dates.add(workingDays.onOrAfter(next));
    List<ProposedSession> sessions = plan.sessions();
    for (int i = report.sessionsDone() + 1; i < sessions.size(); i++) {
      long gap = sessions.get(i).date().toEpochDay() - sessions.get(i - 1).date().toEpochDay();
      dates.add(workingDays.onOrAfter(dates.get(dates.size() - 1).plusDays(gap)));
    }
    return dates;
  }
}
