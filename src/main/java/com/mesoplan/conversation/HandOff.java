package com.mesoplan.conversation;

import com.mesoplan.dialog.DialogEngine;
import com.mesoplan.i18n.Messages;
import com.mesoplan.i18n.Text;
import com.mesoplan.recommendation.TreatmentPlan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Hands a finished pre-consultation to the clinic when the person agrees: a summary card with
 * the answers, the plan, its status and cautions, language, source and how to reach them,
 * written in the clinic's language, kept for /leads and sent to the staff chat. A person has one
 * lead: sharing again updates it (and the staff chat hears of it only when something changed).
 */
public final class HandOff {

  /** The pseudo-step of the buttons that offer sharing after a plan. */
  public static final String OFFER = "share";

  private final PlanStore plans;
  private final PlanTexts planTexts;
  private final Messages messages;
  private final StaffLog log;
  private final Notifier notifier;
  private final Optional<String> staffChat;
  private final StaffWords words;

  public HandOff(PlanStore plans, PlanTexts planTexts, Messages messages, StaffLog log,
      Notifier notifier, Optional<String> staffChat, StaffWords words) {
    this.plans = plans;
    this.planTexts = planTexts;
    this.messages = messages;
    this.log = log;
    this.notifier = notifier;
    this.staffChat = staffChat;
    this.words = words;
  }

  void offer(String language, Reply.Builder reply) {
    reply.yesOrNo(messages.render(language, "handoff.offer"),
        messages.render(language, "handoff.yes"), messages.render(language, "handoff.no"), OFFER);
  }

  /** Whether the pre-consultation went to the clinic (or was there already). */
  boolean answer(Conversation conversation, DialogEngine dialog, String option,
      Reply.Builder reply) {
    String language = conversation.language();
    Optional<TreatmentPlan> plan = plans.find(conversation.chatId());
    if (plan.isEmpty()) {
      reply.text(messages.render(language, "plan.none"));
      return false;
    }
    if (!option.equals("on")) {
      reply.text(messages.render(language, "handoff.declined"));
      return false;
    }
    String card = card(conversation, dialog.fields(conversation.dialog()), plan.get());
    StaffLog.LeadShared lead = log.lead(conversation.chatId(), card);
    if (lead.change() == StaffLog.Shared.UNCHANGED) {
      reply.text(messages.render(language, "handoff.unchanged"));
      return true;
    }
    String announce = messages.render(Messages.REFERENCE_LANGUAGE, Text.of("handoff.announce",
        "change", lead.change().name(), "number", lead.id()));
    staffChat.ifPresent(chat -> notifier.send(chat, Reply.builder()
        .withLinks(announce + "\n" + card, words.open(conversation.chatId(), "#" + lead.id()))
        .build()));
    reply.text(messages.render(language, lead.change() == StaffLog.Shared.NEW ? "handoff.sent"
        : "handoff.updated"));
    return true;
  }

  /**
   * A provisional plan goes to the clinic for a practitioner to clear or decline: it becomes the
   * person's lead and an open case, and the staff chat gets the card with what to answer.
   */
  void forReview(Conversation conversation, Map<String, Object> fields, TreatmentPlan plan) {
    String card = card(conversation, fields, plan);
    log.lead(conversation.chatId(), card);
    long number = log.review(conversation.chatId(),
        describe("screening", fields.getOrDefault("screening", List.of())));
    String announce = messages.render(Messages.REFERENCE_LANGUAGE,
        Text.of("handoff.reviewAnnounce", "number", number));
    staffChat.ifPresent(chat -> notifier.send(chat, Reply.builder()
        .withLinks(announce + "\n" + card, words.open(conversation.chatId(), "#" + number))
        .build()));
  }

  private String card(Conversation conversation, Map<String, Object> fields, TreatmentPlan plan) {
    String en = Messages.REFERENCE_LANGUAGE;
    List<String> lines = new ArrayList<>();
    lines.add(messages.render(en, Text.of("handoff.title", "status", plan.status().name())));
    new TreeMap<>(fields).forEach((field, value) ->
        lines.add("• " + field + ": " + describe(field, value)));
    lines.add(messages.render(en, Text.of("handoff.details", "language", conversation.language(),
        "source", conversation.source().orElse("-"),
        "contact", words.name(conversation.chatId()))));
    return String.join("\n", lines) + "\n\n" + planTexts.message(en, plan);
  }

  private String describe(String field, Object value) {
    Optional<Class<? extends Enum<?>>> type = ProfileFields.enumOf(field);
    if (type.isEmpty()) {
      return String.valueOf(value);
    }
    Collection<?> values = value instanceof Collection<?> many ? many : List.of(value);
    String labels = values.stream().map(v -> label(type.get(), (String) v))
        .collect(Collectors.joining(", "));
    return labels.isEmpty() ? "-" : labels;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private String label(Class<? extends Enum<?>> type, String name) {
    Enum<?> constant = Enum.valueOf((Class) type, name);
    return messages.render(Messages.REFERENCE_LANGUAGE, Messages.enumKey(constant));
  }
}
