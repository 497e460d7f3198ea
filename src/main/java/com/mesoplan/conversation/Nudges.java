package com.mesoplan.conversation;

import com.mesoplan.followup.Nudge;
import com.mesoplan.i18n.Messages;
import com.mesoplan.i18n.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Fires a scheduled nudge: a reminder the day before a session, or the check-in dialog after
 * it. A nudge that no longer fits (follow-up paused or stopped, session moved) does nothing.
 */
public final class Nudges {

  /** The dialog a check-in opens. */
  public static final String CHECK_IN = "check-in";

  private final FollowUpService followUps;
  private final ConversationService conversations;
  private final Notifier notifier;
  private final Messages messages;
  private final ConversationEvents events;
  private final List<Integer> lateDays;

  public Nudges(FollowUpService followUps, ConversationService conversations, Notifier notifier,
      Messages messages, ConversationEvents events, List<Integer> lateDays) {
    this.lateDays = List.copyOf(lateDays);
    this.events = events;
    this.followUps = followUps;
    this.conversations = conversations;
    this.notifier = notifier;
    this.messages = messages;
  }

  public void fire(String chatId, Nudge.Kind kind, int session, LocalDate date) {
    if (kind == Nudge.Kind.LATE_CHECK_IN) {
      fireLate(chatId, session, date);
      return;
    }
    if (!followUps.stillDue(chatId, session, date)) {
      return;
    }
    String language = followUps.language(chatId);
    if (kind == Nudge.Kind.REMINDER) {
      notifier.send(chatId, followUps.reminder(session, date, language));
      events.nudgeSent(kind);
    } else if (followUps.checkInDue(chatId, session)) {
      Reply intro = Reply.builder().text(messages.render(language, Text.of("followup.checkIn",
          "number", session + 1))).build();
      Reply questions = conversations.open(chatId, CHECK_IN);
      List<Reply.Message> all = new ArrayList<>(intro.messages());
      all.addAll(questions.messages());
      notifier.send(chatId, new Reply(all));
      events.nudgeSent(kind);
    }
  }

  /** Weeks after a session: are there lumps or changes that came late? */
  private void fireLate(String chatId, int session, LocalDate day) {
    if (!followUps.lateCheckInDue(chatId, session, day, lateDays)) {
      return;
    }
    String language = followUps.language(chatId);
    Reply intro = Reply.builder().text(messages.render(language, Text.of("followup.lateCheckIn",
        "number", session + 1))).build();
    List<Reply.Message> all = new ArrayList<>(intro.messages());
    all.addAll(conversations.open(chatId, CHECK_IN).messages());
    notifier.send(chatId, new Reply(all));
    events.nudgeSent(Nudge.Kind.LATE_CHECK_IN);
  }
}
