package com.mesoplan.channel.console;

import com.mesoplan.conversation.ChannelNotifier;
import com.mesoplan.conversation.Reply;
import org.springframework.stereotype.Component;

/** Reminders and check-ins for the local chat appear in the terminal while it is open. */
@Component
class ConsoleNotifier implements ChannelNotifier {

  private volatile ConsoleChat chat;

  void attach(ConsoleChat running) {
    this.chat = running;
  }

  @Override
  public boolean reaches(String chatId) {
    return chatId.equals(ConsoleChat.CHAT_ID);
  }

  @Override
  public void send(String chatId, Reply reply) {
    ConsoleChat running = chat;
    if (running != null) {
      running.showUnprompted(reply);
    }
  }
}
