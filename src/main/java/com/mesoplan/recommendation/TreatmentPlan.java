package com.mesoplan.recommendation;

import com.mesoplan.i18n.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A suggested schedule. A REFERRED plan has no phases and no sessions; every plan carries the
 * prompt to consult a practitioner.
 */
public record TreatmentPlan(
    PlanStatus status,
    Optional<LoadingPhase> loading,
    Optional<MaintenancePhase> maintenance,
    List<ProposedSession> sessions,
    List<Text> reasons,
    List<Text> cautions,
    Text consult) {

  public TreatmentPlan {
    Objects.requireNonNull(status, "status");
    sessions = List.copyOf(sessions);
    reasons = List.copyOf(reasons);
    cautions = List.copyOf(cautions);
    Objects.requireNonNull(consult, "consult");
    if ((status == PlanStatus.REFERRED) != loading.isEmpty()) {
      throw new IllegalArgumentException("a referred plan, and only a referred plan, has no phases");
    }
  }

  /** The same plan with its sessions re-dated (after a move, a skip or a stretched interval). */
  public TreatmentPlan withSessions(List<ProposedSession> dates) {
    return new TreatmentPlan(status, loading, maintenance, dates, reasons, cautions, consult);
  }

  /** Whether the plan proposes sessions at all. */
  public boolean hasSchedule() {
    return status != PlanStatus.REFERRED;
  }

  /**
   * Whether its dates may be shown, put in a calendar and reminded of: not while a provisional
   * plan waits for a practitioner to clear it.
   */
  public boolean isBookable() {
    return status == PlanStatus.OK;
  }

  /** The same plan cleared by a practitioner: bookable, with why among its reasons. */
  public TreatmentPlan cleared(Text why) {
    List<Text> withWhy = new java.util.ArrayList<>(reasons);
    withWhy.add(why);
    return new TreatmentPlan(PlanStatus.OK, loading, maintenance, sessions, withWhy, cautions,
        consult);
  }

  /** Loading sessions, then maintenance sessions at the given intervals. */
  public record LoadingPhase(DayRange sessions, DayRange intervalDays) {}

  /** Sessions that keep the result once the loading phase is over. */
  public record MaintenancePhase(DayRange intervalDays) {}

  /** One proposed date. */
  public record ProposedSession(LocalDate date, Phase phase) {}

  /** Which phase a session belongs to. */
  public enum Phase {
    LOADING,
    MAINTENANCE
  }
}
