package com.mesoplan.conversation;

import com.mesoplan.followup.AlertLevel;
import com.mesoplan.followup.Nudge;
import com.mesoplan.followup.Symptom;
import com.mesoplan.recommendation.PlanStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What happened: counted as metrics (which say nothing about the person), and recorded for the
 * clinic's funnel and the person's check-in history (which their export and erasure cover).
 */
public interface ConversationEvents {

  /** Counts nothing. */
  ConversationEvents NONE = new ConversationEvents() {};

  /** A pre-consultation ended with a plan of this status (OK, provisional or referred). */
  default void planGiven(PlanStatus status) {}

  default void redFlag(AlertLevel level) {}

  default void nudgeSent(Nudge.Kind kind) {}

  /** The person began the pre-consultation (again), from a campaign link or not. */
  default void started(String chatId, Optional<String> campaign) {}

  /** The person got this far in the pre-consultation or after it. */
  default void reached(String chatId, FunnelStage stage) {}

  /** A check-in's outcome, for the person's history on the clinic's console. */
  default void checkedIn(String chatId, AlertLevel level, Set<Symptom> symptoms) {}

  /** Every event goes to each of these, in order. */
  static ConversationEvents all(List<ConversationEvents> targets) {
    List<ConversationEvents> each = List.copyOf(targets);
    return new ConversationEvents() {
      @Override
      public void planGiven(PlanStatus status) {
        each.forEach(e -> e.planGiven(status));
      }

      @Override
      public void redFlag(AlertLevel level) {
        each.forEach(e -> e.redFlag(level));
      }

      @Override
      public void nudgeSent(Nudge.Kind kind) {
        each.forEach(e -> e.nudgeSent(kind));
      }

      @Override
      public void started(String chatId, Optional<String> campaign) {
        each.forEach(e -> e.started(chatId, campaign));
      }

      @Override
      public void reached(String chatId, FunnelStage stage) {
        each.forEach(e -> e.reached(chatId, stage));
      }

      @Override
      public void checkedIn(String chatId, AlertLevel level, Set<Symptom> symptoms) {
        each.forEach(e -> e.checkedIn(chatId, level, symptoms));
      }
    };
  }
}
