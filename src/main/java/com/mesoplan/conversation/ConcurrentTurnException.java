package com.mesoplan.conversation;

/** Another turn of the same conversation was stored first; the turn must be taken again. */
public class ConcurrentTurnException extends RuntimeException {
  public ConcurrentTurnException(long version) {
    super("the conversation changed after version " + version + " was read");
  }
}
