package com.mesoplan.conversation;

import com.mesoplan.clinic.Clinic;
import com.mesoplan.i18n.Messages;
import com.mesoplan.i18n.Text;
import com.mesoplan.recommendation.PlanStatus;
import com.mesoplan.recommendation.TreatmentPlan;
import com.mesoplan.recommendation.TreatmentPlan.Phase;
import com.mesoplan.recommendation.TreatmentPlan.ProposedSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Puts a treatment plan into words in a person's language, for the chat and for the API. */
public final class PlanTexts {

  private final Messages messages;
  private final Clinic clinic;

  public PlanTexts(Messages messages, Clinic clinic) {
    this.messages = messages;
    this.clinic = clinic;
  }

  public String render(String language, String key) {
    return messages.render(language, key);
  }

  public List<String> all(String language, List<Text> texts) {
    return texts.stream().map(t -> messages.render(language, t)).toList();
  }

  /**
   * What to do before a session: the clinic's own advice in the person's language (or its first
   * one), or, without any, to follow the clinic's advice: mesoplan gives no medical advice of its
   * own.
   */
  public String preparation(String language) {
    Map<String, String> advice = clinic.preparation();
    String text = advice.getOrDefault(language, advice.get(Messages.REFERENCE_LANGUAGE));
    if (text == null && !advice.isEmpty()) {
      text = advice.values().iterator().next();
    }
    return text != null ? text : messages.render(language, "followup.preparationDefault");
  }

  /** The prompt to consult a practitioner, with the clinic's contacts where configured. */
  public String consult(String language, TreatmentPlan plan) {
    List<String> lines = new ArrayList<>();
    lines.add(messages.render(language, plan.consult()));
    lines.add(messages.render(language, Text.of("consult.clinic", "name", clinic.name())));
    clinic.phone().ifPresent(p -> lines.add(messages.render(language, Text.of("consult.phone", "phone", p))));
    clinic.address().ifPresent(a -> lines.add(messages.render(language, Text.of("consult.address", "address", a))));
    clinic.bookingUrl().ifPresent(u -> lines.add(messages.render(language, Text.of("consult.booking", "url", u))));
    return String.join("\n", lines);
  }

  /** The whole plan as one chat message. */
  public String message(String language, TreatmentPlan plan) {
    List<String> parts = new ArrayList<>();
    parts.add(messages.render(language, "plan.heading." + plan.status()));
    if (plan.status() != PlanStatus.REFERRED) {
      parts.add(schedule(language, plan));
    }
    parts.add(section(language, plan.status() == PlanStatus.REFERRED ? "plan.referralWhy"
        : "plan.why", plan.reasons()));
    if (!plan.cautions().isEmpty()) {
      parts.add(section(language, "plan.cautions", plan.cautions()));
    }
    parts.add(consult(language, plan));
    return String.join("\n\n", parts);
  }

  private String schedule(String language, TreatmentPlan plan) {
    return plan.isBookable() ? datedSchedule(language, plan) : undatedSchedule(language, plan);
  }

  /** A provisional plan: its phases and intervals, no dates until a practitioner clears it. */
  private String undatedSchedule(String language, TreatmentPlan plan) {
    TreatmentPlan.LoadingPhase loading = plan.loading().orElseThrow();
    TreatmentPlan.MaintenancePhase maintenance = plan.maintenance().orElseThrow();
    return String.join("\n", messages.render(language, Text.of("plan.loadingUndated",
            "sessions", range(loading.sessions().min(), loading.sessions().max()),
            "max", loading.sessions().max(),
            "interval", range(loading.intervalDays().min(), loading.intervalDays().max()),
            "intervalMax", loading.intervalDays().max())),
        messages.render(language, Text.of("plan.maintenanceUndated",
            "days", range(maintenance.intervalDays().min(), maintenance.intervalDays().max()),
            "max", maintenance.intervalDays().max())),
        messages.render(language, Text.of("plan.awaitingReview",
            "date", plan.sessions().get(0).date())));
  }

  private String datedSchedule(String language, TreatmentPlan plan) {
    TreatmentPlan.LoadingPhase loading = plan.loading().orElseThrow();
    TreatmentPlan.MaintenancePhase maintenance = plan.maintenance().orElseThrow();
    List<String> lines = new ArrayList<>();
    lines.add(messages.render(language, Text.of("plan.loading",
        "sessions", range(loading.sessions().min(), loading.sessions().max()),
        "max", loading.sessions().max(),
        "interval", range(loading.intervalDays().min(), loading.intervalDays().max()),
        "intervalMax", loading.intervalDays().max())));
    int number = 1;
    boolean maintenanceShown = false;
    for (ProposedSession session : plan.sessions()) {
      if (session.phase() == Phase.MAINTENANCE && !maintenanceShown) {
        lines.add(messages.render(language, Text.of("plan.maintenance",
            "days", range(maintenance.intervalDays().min(), maintenance.intervalDays().max()),
            "max", maintenance.intervalDays().max())));
        maintenanceShown = true;
      }
      lines.add(messages.render(language, Text.of("plan.session", "number", number++,
          "date", session.date())));
    }
    return String.join("\n", lines);
  }

  /** "4–5", or "4" when both ends are the same. */
  private static String range(int min, int max) {
    return min == max ? String.valueOf(min) : min + "–" + max;
  }

  private String section(String language, String headingKey, List<Text> items) {
    StringBuilder out = new StringBuilder(messages.render(language, headingKey));
    for (String item : all(language, items)) {
      out.append("\n• ").append(item);
    }
    return out.toString();
  }
}
