package com.mesoplan.conversation;

import com.mesoplan.followup.AlertLevel;
import com.mesoplan.followup.Symptom;
import com.mesoplan.i18n.Messages;
import com.mesoplan.i18n.Text;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Alerts for the clinic's staff chat, in the clinic's language (the reference language), with
 * the symptoms and a way to reach the person. Without a staff chat nothing is sent.
 */
public final class StaffNotices implements StaffAlerts {

  private final Notifier notifier;
  private final Messages messages;
  private final Optional<String> staffChat;
  private final StaffWords words;
  private final StaffLog log;

  /**
   */
  public StaffNotices(Notifier notifier, Messages messages, Optional<String> staffChat,
      StaffWords words, StaffLog log) {
    this.log = log;
    this.notifier = notifier;
    this.messages = messages;
    this.staffChat = staffChat;
    this.words = words;
  }

  @Override
  public boolean reachStaff() {
    return staffChat.isPresent();
  }

  @Override
  public void redFlag(String chatId, AlertLevel level, Set<Symptom> symptoms, String language) {
    log.flag(chatId, level.name(), words.symptoms(symptoms));
    staffChat.ifPresent(chat -> notifier.sendUrgently(chat, Reply.builder().withLinks(
        words.render(Text.of("staff.redFlag", "level", level.name(), "name", words.name(chatId),
            "symptoms", words.symptoms(symptoms))),
        words.open(chatId, level.name())).build()));
  }

  @Override
  public void irritation(String chatId, Set<Symptom> symptoms, String language) {
    String what = symptoms.isEmpty() ? words.render("staff.worseUnnamed")
        : words.symptoms(symptoms);
    staffChat.ifPresent(chat -> notifier.send(chat, Reply.builder().withLinks(
        words.render(Text.of("staff.irritation", "name", words.name(chatId), "symptoms", what)),
        words.open(chatId, "")).build()));
  }

  @Override
  public void erasedWithOpenFlags(List<Long> flags) {
    sendUrgently(Text.of("staff.erasedWithOpenFlags", "flags", flags.stream()
        .map(id -> "#" + id).collect(Collectors.joining(", "))));
  }

  private void sendUrgently(Text text) {
    staffChat.ifPresent(chat -> notifier.sendUrgently(chat, Reply.builder()
        .text(messages.render(Messages.REFERENCE_LANGUAGE, text)).build()));
  }

}
