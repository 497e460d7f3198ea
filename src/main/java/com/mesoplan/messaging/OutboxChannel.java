package com.mesoplan.messaging;

import java.util.List;

/**
 * What a channel supplies to have its calls stored and sent: how a call is written down and read
 * back, what the outbox must know of it, how it is made, and the channel's limits. The hooks let
 * the channel note what its chats show; they run on the sender's threads.
 *
 * @param <C> the channel's call
 */
public interface OutboxChannel<C> {

  /** The channel's name, as in its chat ids ({@code telegram}, {@code web}). */
  String name();

  /** The channel's name as people write it, for the log ("Telegram"). */
  default String title() {
    return name();
  }

  /** What kind of call it is, for the log; never its content. */
  default String describe(C call) {
    return "call";
  }

  SendingLimits limits();

  String write(C call);

  C read(String body);

  Traits traits(C call);

  /** Makes the call and says how it went; never throws for the channel's own refusals. */
  SendResult send(C call);

  /** In the turn's transaction: calls for the chat are stored. */
  default void queued(String chat, List<C> calls) {}

  /** A call that reached its chat, and what the channel said. */
  record Delivered<C>(String chat, C call, SendResult.Sent result) {}

  /**
   * Calls reached their chats, in the order they were sent; told in groups (the sender collects
   * them, as it does the rows it deletes), so a note of them can share one transaction.
   */
  default void sent(List<Delivered<C>> calls) {}

  /** The channel refused a call for good: it will not reach the chat. */
  default void refused(String chat, C call) {}

  /** Everything waiting for the chat was dropped (the person is gone). */
  default void dropped(String chat) {}
}
