package com.mesoplan.conversation;

import java.util.function.Supplier;

/**
 * One turn's changes to the conversation's stores (its state, plan, follow-up, schedule, staff
 * log, audit trail and outgoing messages) happen together or not at all, whichever door the turn
 * came in by: a chat channel, the terminal, a fired reminder, the console or the HTTP API.
 */
public interface UnitOfWork {

  /** For tests without a database: the work runs as it is. */
  UnitOfWork NONE = new UnitOfWork() {
    @Override
    public <T> T inOne(Supplier<T> work) {
      return work.get();
    }
  };

  /** Runs the work in one unit; an exception undoes all of it. */
  <T> T inOne(Supplier<T> work);

  default void run(Runnable work) {
    inOne(() -> {
      work.run();
      return null;
    });
  }
}
