package com.mesoplan.conversation;

import com.mesoplan.i18n.Messages;
import com.mesoplan.i18n.Text;
import com.mesoplan.recommendation.TreatmentPlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a person can ask about their own data: the plan again with its timeline, the sessions as
 * a calendar file, everything stored as a JSON file, and erasing all of it.
 */
public final class OwnData {

  private final PlanStore plans;
  private final PlanTexts planTexts;
  private final Documents documents;
  private final List<PersonalData> places;
  private final Messages messages;
  private final AuditTrail audit;
  private final StaffLog staffLog;
  private final StaffAlerts staff;
  private final RetentionPeriods retention;
  private final Optional<ChatLinks> links;

  /** @param links the chats on other channels that continue a conversation, erased with it */
  public OwnData(PlanStore plans, PlanTexts planTexts, Documents documents,
      List<PersonalData> places, Messages messages, AuditTrail audit, StaffLog staffLog,
      StaffAlerts staff, RetentionPeriods retention, Optional<ChatLinks> links) {
    this.links = links;
    this.retention = retention;
    this.plans = plans;
    this.planTexts = planTexts;
    this.documents = documents;
    this.places = List.copyOf(places);
    this.messages = messages;
    this.audit = audit;
    this.staffLog = staffLog;
    this.staff = staff;
  }

  void plan(String chatId, String language, Reply.Builder reply) {
    Optional<TreatmentPlan> plan = plans.find(chatId);
    if (plan.isEmpty()) {
      reply.text(messages.render(language, "plan.none"));
      return;
    }
    reply.text(planTexts.message(language, plan.get()));
    if (plan.get().isBookable()) {
      reply.file(messages.render(language, "plan.pictureCaption"), new Attachment(
          Attachment.Kind.PICTURE, "mesoplan-plan.png", "image/png",
          documents.timeline(plan.get(), language)));
    }
  }

  /** What is stored, why, who sees it and for how long, with the periods as configured. */
  String privacy(String language) {
    return messages.render(language, Text.of("privacy.text",
        "abandoned", PeriodText.of(retention.abandoned(), messages, language),
        "followUpEnds", PeriodText.of(retention.followUpEnds(), messages, language),
        "safetyRecords", PeriodText.of(retention.safetyRecords(), messages, language),
        "auditTrail", PeriodText.of(retention.auditTrail(), messages, language)));
  }

  void calendar(String chatId, String language, Reply.Builder reply) {
    Optional<TreatmentPlan> plan = plans.find(chatId).filter(TreatmentPlan::isBookable);
    if (plan.isEmpty()) {
      reply.text(messages.render(language, "plan.none"));
      return;
    }
    reply.file(messages.render(language, "calendar.caption"), new Attachment(
        Attachment.Kind.DOCUMENT, "mesoplan-sessions.ics", "text/calendar",
        documents.calendar(plan.get(), language)));
  }

  void export(String chatId, String language, Reply.Builder reply) {
    reply.file(messages.render(language, "export.caption"), new Attachment(
        Attachment.Kind.DOCUMENT, "mesoplan-export.json", "application/json",
        documents.export(everything(chatId))));
  }

  /** Everything every place holds about the chat, by place; each place empty when it holds none. */
  public Map<String, Object> everything(String chatId) {
    Map<String, Object> data = new LinkedHashMap<>();
    for (PersonalData place : places) {
      data.put(place.name(), place.export(chatId));
    }
    return data;
  }

  /**
   * Erases the person everywhere: conversation, answers, plan, follow-up, shared summaries, red
   * flags, files, channel records, and the same of every chat on another channel that continues
   * the conversation; the audit trail keeps that it happened, and by whom, but no longer names
   * them. Staff hear of it when it took open red flags with it.
   *
   * @param actor who erased: the person, the clinic's system, or retention
   */
  public void erase(String chatId, String actor) {
    audit.record(actor, "erased", Optional.of(chatId));
    List<Long> openFlags = staffLog.openFlagsOf(chatId);
    List<String> linked = links.map(l -> l.chatsOf(chatId)).orElse(List.of());
    places.forEach(place -> place.erase(chatId));
    for (String chat : linked) {
      places.forEach(place -> place.erase(chat));
    }
    if (!openFlags.isEmpty()) {
      staff.erasedWithOpenFlags(openFlags);
    }
  }
}
