package com.mesoplan.messaging;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * What a channel's API said to one outgoing call, as the sender acts on it: settled, wait and
 * try again, stop sending to the chat, drop the call, or try again later.
 */
public sealed interface SendResult {

  /** Delivered (or nothing needed changing); the id of the message it made, if it made one. */
  record Sent(OptionalInt messageId) implements SendResult {
    public static Sent nothingNew() {
      return new Sent(OptionalInt.empty());
    }
  }

  /** Too fast: the channel says how long to wait. */
  record RetryAfter(Duration after) implements SendResult {}

  /** The person cannot be reached any more (blocked the bot, left, deleted their account). */
  record Gone() implements SendResult {}

  /** The channel refuses this call and would refuse it again; it is dropped. */
  record Rejected(int code) implements SendResult {}

  /** The call did not get through or the channel failed; it is tried again later. */
  record Failed(String why) implements SendResult {}
}
