package com.mesoplan.scheduling;

import com.mesoplan.followup.Nudge;
import java.time.LocalDate;

/**
 * What a scheduled reminder or check-in needs to fire, written as the task's instance id and
 * data: {@code chat|kind|session|date}. Plain text keeps stored tasks readable and independent
 * of any serializer.
 */
record NudgeTask(String chatId, Nudge.Kind kind, int session, LocalDate sessionDate) {

  static NudgeTask of(String chatId, Nudge nudge) {
    return new NudgeTask(chatId, nudge.kind(), nudge.session(), nudge.sessionDate());
  }

  String id() {
    return chatId + "|" + kind + "|" + session + "|" + sessionDate;
  }

  static NudgeTask read(String id) {
    String[] parts = id.split("\\|");
    return new NudgeTask(parts[0], Nudge.Kind.valueOf(parts[1]), Integer.parseInt(parts[2]),
        LocalDate.parse(parts[3]));
  }
}
