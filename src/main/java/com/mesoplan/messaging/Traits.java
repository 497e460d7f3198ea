package com.mesoplan.messaging;

/**
 * What the outbox knows of a call besides its body, so that a later call of the chat can
 * overtake it while it waits: {@code shows} names the dialog question a message asks (a newer
 * question, or an answer to this one, makes it pointless), {@code answers} the question the turn
 * that made it answered, {@code edits} the message an edit changes and {@code scope} how much of
 * it ({@code whole} covers any earlier edit of that message, {@code buttons} only another
 * buttons-only one). A {@code cosmetic} call only tidies an answered question: it yields to
 * messages, its chat's own and other chats'.
 */
public record Traits(String shows, String answers, String edits, Scope scope, boolean cosmetic) {

  /** How much of a message an edit replaces. */
  public enum Scope {
    WHOLE,
    BUTTONS
  }
}
