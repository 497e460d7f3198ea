package com.mesoplan.conversation;

import com.mesoplan.followup.AlertLevel;
import com.mesoplan.followup.Nudge;
import com.mesoplan.recommendation.PlanStatus;

/** What happened, for counting: nothing about the person, only that it happened. */
public interface ConversationEvents {

  /** Counts nothing. */
  ConversationEvents NONE = new ConversationEvents() {};

  default void dialogStarted() {}

  /** A pre-consultation ended with a plan of this status (OK, provisional or referred). */
  default void planGiven(PlanStatus status) {}

  default void redFlag(AlertLevel level) {}

  default void nudgeSent(Nudge.Kind kind) {}
}
