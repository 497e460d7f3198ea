package com.mesoplan.channel.web;

import com.mesoplan.conversation.ChannelNotifier;
import com.mesoplan.conversation.Reply;
import com.mesoplan.messaging.OutboxSender;

/**
 * Reminders and check-ins for a website chat go to its transcript: the person sees them the next
 * time they open the chat. They are not told of them otherwise, which the widget says plainly;
 * a person who continues in Telegram gets them there as well.
 */
final class WebNotifier implements ChannelNotifier {

  private final OutboxSender<WebCall> sender;

  WebNotifier(OutboxSender<WebCall> sender) {
    this.sender = sender;
  }

  @Override
  public boolean reaches(String chatId) {
    return WebChats.isWebChat(chatId);
  }

  @Override
  public void send(String chatId, Reply reply) {
    sender.queueFromDatabase(chatId, WebReplies.render(chatId, reply, false), false);
  }

  @Override
  public void sendUrgently(String chatId, Reply reply) {
    sender.queueFromDatabase(chatId, WebReplies.render(chatId, reply, false), true);
  }
}
