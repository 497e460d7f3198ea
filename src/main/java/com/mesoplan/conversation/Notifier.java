package com.mesoplan.conversation;

/** Sends a message the person did not ask for just now (a reminder, a check-in, an alert). */
public interface Notifier {

  void send(String chatId, Reply reply);
}
