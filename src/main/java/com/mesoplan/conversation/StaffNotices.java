package com.mesoplan.conversation;

import com.mesoplan.followup.AlertLevel;
import com.mesoplan.followup.Symptom;
import com.mesoplan.i18n.Messages;
import com.mesoplan.i18n.Text;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Alerts for the clinic's staff chat, in the clinic's language (the reference language), with
 * the symptoms and a way to reach the person. Without a staff chat nothing is sent.
 */
public final class StaffNotices implements StaffAlerts {

  private final Notifier notifier;
  private final Messages messages;
  private final Optional<String> staffChat;
  private final Function<String, String> contactOf;
  private final StaffLog log;

  /**
   * @param contactOf how staff reach the person behind a chat id (a link, or a note)
   */
  public StaffNotices(Notifier notifier, Messages messages, Optional<String> staffChat,
      Function<String, String> contactOf, StaffLog log) {
    this.log = log;
    this.notifier = notifier;
    this.messages = messages;
    this.staffChat = staffChat;
    this.contactOf = contactOf;
  }

  @Override
  public boolean reachStaff() {
    return staffChat.isPresent();
  }

  @Override
  public void redFlag(String chatId, AlertLevel level, Set<Symptom> symptoms, String language) {
    log.flag(chatId, level.name(), list(symptoms));
    sendUrgently(Text.of("staff.redFlag", "level", level.name(), "symptoms", list(symptoms),
        "contact", contactOf.apply(chatId)));
  }

  @Override
  public void irritation(String chatId, Set<Symptom> symptoms, String language) {
    send(Text.of("staff.irritation", "symptoms", symptoms.isEmpty()
            ? messages.render(Messages.REFERENCE_LANGUAGE, "staff.worseUnnamed") : list(symptoms),
        "contact", contactOf.apply(chatId)));
  }

  @Override
  public void erasedWithOpenFlags(List<Long> flags) {
    sendUrgently(Text.of("staff.erasedWithOpenFlags", "flags", flags.stream()
        .map(id -> "#" + id).collect(Collectors.joining(", "))));
  }

  private String list(Set<Symptom> symptoms) {
    return symptoms.stream().sorted().map(s -> messages.render(Messages.REFERENCE_LANGUAGE,
        Messages.enumKey(s))).collect(Collectors.joining(", "));
  }

  private void sendUrgently(Text text) {
    staffChat.ifPresent(chat -> notifier.sendUrgently(chat, Reply.builder()
        .text(messages.render(Messages.REFERENCE_LANGUAGE, text)).build()));
  }

  private void send(Text text) {
    staffChat.ifPresent(chat -> notifier.send(chat, Reply.builder()
        .text(messages.render(Messages.REFERENCE_LANGUAGE, text)).build()));
  }
}
