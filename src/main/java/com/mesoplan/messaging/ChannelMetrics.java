package com.mesoplan.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * A channel's Prometheus metrics, named after it ({@code mesoplan.telegram.…}): updates in,
 * turns taken, queue depths, calls by outcome.
 */
public final class ChannelMetrics {

  private final MeterRegistry registry;
  private final String prefix;
  final Counter received;
  final Timer processed;

  public ChannelMetrics(MeterRegistry registry, String channel, Inbox inbox, Outbox<?> outbox) {
    this.registry = registry;
    this.prefix = "mesoplan." + channel + ".";
    this.received = Counter.builder(prefix + "updates.received")
        .description("Updates stored in the inbox (duplicates not counted)").register(registry);
    this.processed = Timer.builder(prefix + "updates.processed")
        .description("Turns taken, and how long each took").register(registry);
    Gauge.builder(prefix + "inbox.depth", inbox, Inbox::pendingCount)
        .description("Updates stored and not yet processed").register(registry);
    Gauge.builder(prefix + "outbox.depth", outbox, Outbox::pendingCount)
        .description("Replies stored and not yet sent").register(registry);
  }

  /** A call ended: ok, 429, 403, overtaken, or error. */
  void sent(String outcome) {
    registry.counter(prefix + "messages.sent", "outcome", outcome).increment();
  }
}
