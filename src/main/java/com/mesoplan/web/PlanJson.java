package com.mesoplan.web;

import com.mesoplan.conversation.PlanTexts;
import com.mesoplan.recommendation.TreatmentPlan;
import java.time.LocalDate;
import java.util.List;

/** A treatment plan as the API returns it, its texts rendered in the requested language. */
record PlanJson(String status, Loading loading, Maintenance maintenance, List<Session> sessions,
    List<String> reasons, List<String> cautions, String consult) {

  record Loading(int sessionsMin, int sessionsMax, int intervalDaysMin, int intervalDaysMax) {}

  record Maintenance(int intervalDaysMin, int intervalDaysMax) {}

  record Session(LocalDate date, String phase) {}

  static PlanJson of(TreatmentPlan plan, PlanTexts texts, String language) {
    Loading loading = plan.loading().map(l -> new Loading(l.sessions().min(), l.sessions().max(),
        l.intervalDays().min(), l.intervalDays().max())).orElse(null);
    Maintenance maintenance = plan.maintenance().map(m -> new Maintenance(
        m.intervalDays().min(), m.intervalDays().max())).orElse(null);
    List<Session> sessions = plan.sessions().stream()
        .map(s -> new Session(s.date(), s.phase().name())).toList();
    return new PlanJson(plan.status().name(), loading, maintenance, sessions,
        texts.all(language, plan.reasons()), texts.all(language, plan.cautions()),
        texts.consult(language, plan));
  }
}
