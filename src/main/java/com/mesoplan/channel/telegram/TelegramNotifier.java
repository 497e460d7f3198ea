package com.mesoplan.channel.telegram;

import com.mesoplan.conversation.ChannelNotifier;
import com.mesoplan.conversation.Reply;
import com.mesoplan.messaging.OutboxSender;
import java.util.Optional;

/** Reminders, check-ins and staff alerts for Telegram chats go through the outbox too. */
final class TelegramNotifier implements ChannelNotifier {

  private final OutboxSender<Outgoing> sender;
  private final Optional<Long> staffChat;

  TelegramNotifier(OutboxSender<Outgoing> sender, Optional<Long> staffChat) {
    this.sender = sender;
    this.staffChat = staffChat;
  }

  /** The group of {@code staffChatId} in config/clinic.yaml. */
  @Override
  public Optional<String> staffChat() {
    return staffChat.map(UpdateProcessor::conversationOf);
  }

  @Override
  public boolean reaches(String chatId) {
    return UpdateProcessor.chatIdOf(chatId).isPresent();
  }

  @Override
  public void send(String chatId, Reply reply) {
    store(chatId, reply, false);
  }

  @Override
  public void sendUrgently(String chatId, Reply reply) {
    store(chatId, reply, true);
  }

  private void store(String chatId, Reply reply, boolean urgent) {
    long chat = UpdateProcessor.chatIdOf(chatId).orElseThrow();
    sender.queueFromDatabase(chatId, TelegramReplies.render(chat, reply, Optional.empty()), urgent);
  }
}
