package com.mesoplan.conversation;

import com.mesoplan.followup.Nudge;
import java.util.List;

/** The durable schedule of reminders and check-ins: survives restarts, fires each once. */
public interface NudgeSchedule {

  /** Replaces everything scheduled for the chat with these nudges. */
  void replace(String chatId, List<Nudge> nudges);

  void cancel(String chatId);
}
