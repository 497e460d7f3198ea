package com.mesoplan.channel.telegram;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** The channel's Prometheus metrics: updates in, turns processed, queue depths, sends by outcome. */
final class TelegramMetrics {

  private final MeterRegistry registry;
  final Counter received;
  final Timer processed;

  TelegramMetrics(MeterRegistry registry, Inbox inbox, Outbox outbox) {
    this.registry = registry;
    this.received = Counter.builder("mesoplan.telegram.updates.received")
        .description("Updates stored in the inbox (duplicates not counted)").register(registry);
    this.processed = Timer.builder("mesoplan.telegram.updates.processed")
        .description("Turns taken, and how long each took").register(registry);
    Gauge.builder("mesoplan.telegram.inbox.depth", inbox, Inbox::pendingCount)
        .description("Updates stored and not yet processed").register(registry);
    Gauge.builder("mesoplan.telegram.outbox.depth", outbox, Outbox::pendingCount)
        .description("Replies stored and not yet sent").register(registry);
  }

  /** A call to Telegram ended: ok, 429, 403, not-modified, refused or error. */
  void sent(String outcome) {
    registry.counter("mesoplan.telegram.messages.sent", "outcome", outcome).increment();
  }
}
