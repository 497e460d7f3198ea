package com.mesoplan.messaging;

import java.util.Optional;

/**
 * What a channel does with its stored updates: reads one back, and takes its turn.
 *
 * @param <U> the channel's update, as read
 */
public interface Turns<U> {

  /** A stored body read back; empty when it cannot be read (it is then set aside). */
  Optional<U> read(String body);

  /** Takes the update's turn in the caller's transaction. */
  void take(U update);
}
