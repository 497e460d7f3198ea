package com.mesoplan.app;

import com.mesoplan.conversation.ConversationEvents;
import com.mesoplan.followup.AlertLevel;
import com.mesoplan.followup.Nudge;
import com.mesoplan.recommendation.PlanStatus;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;

/** Counts conversation events as Prometheus metrics. */
final class MeteredEvents implements ConversationEvents {

  private final MeterRegistry registry;

  MeteredEvents(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void started(String chatId, Optional<String> campaign) {
    registry.counter("mesoplan.dialogs.started").increment();
  }

  @Override
  public void planGiven(PlanStatus status) {
    registry.counter("mesoplan.dialogs.completed", "status", status.name()).increment();
  }

  @Override
  public void redFlag(AlertLevel level) {
    registry.counter("mesoplan.red.flags", "level", level.name()).increment();
  }

  @Override
  public void nudgeSent(Nudge.Kind kind) {
    registry.counter("mesoplan.followup.sent", "kind", kind.name()).increment();
  }
}
