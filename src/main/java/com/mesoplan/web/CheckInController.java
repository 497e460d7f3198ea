package com.mesoplan.web;

import com.mesoplan.conversation.PlanTexts;
import com.mesoplan.followup.CheckInAssessment;
import com.mesoplan.followup.CheckInAssessor;
import com.mesoplan.followup.CheckInReport;
import com.mesoplan.followup.Progress;
import com.mesoplan.followup.Symptom;
import com.mesoplan.i18n.Messages;
import com.mesoplan.i18n.Text;
import com.mesoplan.recommendation.DayRange;
import com.mesoplan.recommendation.PlanStatus;
import com.mesoplan.recommendation.TreatmentPlan;
import com.mesoplan.recommendation.TreatmentPlan.LoadingPhase;
import com.mesoplan.recommendation.TreatmentPlan.MaintenancePhase;
import com.mesoplan.recommendation.TreatmentPlan.Phase;
import com.mesoplan.recommendation.TreatmentPlan.ProposedSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/check-ins/assess}: a plan and a check-in report in, the assessment out. */
@RestController
class CheckInController {

  private final CheckInAssessor assessor;
  private final PlanTexts texts;
  private final Messages messages;
  private final RequestBodies bodies;

  CheckInController(CheckInAssessor assessor, PlanTexts texts, Messages messages,
      RequestBodies bodies) {
    this.assessor = assessor;
    this.texts = texts;
    this.messages = messages;
    this.bodies = bodies;
  }

  record AssessmentJson(String level, Integer nextIntervalDaysMin, Integer nextIntervalDaysMax,
      List<LocalDate> nextDates, List<String> advice) {}

  @PostMapping(path = "/api/v1/check-ins/assess", consumes = MediaType.APPLICATION_JSON_VALUE)
  AssessmentJson assess(@RequestBody byte[] body) {
    JsonFields fields = bodies.parse(body);
    String language = bodies.language(fields, messages);
    CheckInAssessment assessment = assessor.assess(plan(fields.object("plan")),
        report(fields.object("report")));
    Optional<DayRange> next = assessment.nextIntervalDays();
    return new AssessmentJson(assessment.level().name(), next.map(DayRange::min).orElse(null),
        next.map(DayRange::max).orElse(null), assessment.nextDates(),
        texts.all(language, assessment.advice()));
  }

  private static CheckInReport report(JsonFields report) {
    return new CheckInReport(report.integer("daysSinceSession", 0, 3650),
        report.enumSet("symptoms", Symptom.class), report.integer("symptomDays", 0, 3650),
        report.enumValue("progress", Progress.class), report.integer("sessionsDone", 0, 100));
  }

  private static TreatmentPlan plan(JsonFields plan) {
    PlanStatus status = plan.enumValue("status", PlanStatus.class);
    if (status == PlanStatus.REFERRED) {
      return new TreatmentPlan(status, Optional.empty(), Optional.empty(), List.of(), List.of(),
          List.of(), Text.of("consult.practitioner"));
    }
    JsonFields loading = plan.object("loading");
    JsonFields maintenance = plan.object("maintenance");
    LoadingPhase loadingPhase = new LoadingPhase(
        range(loading, "sessionsMin", "sessionsMax", 1, 50),
        range(loading, "intervalDaysMin", "intervalDaysMax", 1, 3650));
    MaintenancePhase maintenancePhase = new MaintenancePhase(
        range(maintenance, "intervalDaysMin", "intervalDaysMax", 1, 3650));
    List<ProposedSession> sessions = plan.objects("sessions").stream()
        .map(s -> new ProposedSession(s.date("date").orElseThrow(
            () -> new BadRequest("plan.sessions.date", "is required")),
            s.enumValue("phase", Phase.class)))
        .toList();
    return new TreatmentPlan(status, Optional.of(loadingPhase), Optional.of(maintenancePhase),
        sessions, List.of(), List.of(), Text.of("consult.practitioner"));
  }

  private static DayRange range(JsonFields fields, String min, String max, int lowest, int highest) {
    int from = fields.integer(min, lowest, highest);
    int to = fields.integer(max, lowest, highest);
    if (from > to) {
      throw new BadRequest(max, "must not be below " + min);
    }
    return new DayRange(from, to);
  }
}
