package com.mesoplan.conversation;

/** Sends a message the person did not ask for just now (a reminder, a check-in, an alert). */
public interface Notifier {

  void send(String chatId, Reply reply);

  /**
   * Sends ahead of whatever else still waits for the chat (a red-flag alert must not wait
   * behind summary cards in the staff chat).
   */
  default void sendUrgently(String chatId, Reply reply) {
    send(chatId, reply);
  }
}
