package com.mesoplan.app;

import com.mesoplan.conversation.ChannelNotifier;
import com.mesoplan.conversation.ChatLinks;
import com.mesoplan.conversation.Notifier;
import com.mesoplan.conversation.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends through whichever channel owns the chat, and to every chat on another channel that
 * continues its conversation (a website conversation continued in Telegram gets its reminders
 * there too); a chat no running channel owns is skipped.
 */
final class Notifiers implements Notifier {

  private static final Logger log = LoggerFactory.getLogger(Notifiers.class);

  private final List<ChannelNotifier> channels;
  private final ChatLinks links;

  Notifiers(List<ChannelNotifier> channels, ChatLinks links) {
    this.channels = List.copyOf(channels);
    this.links = links;
  }

  @Override
  public void send(String chatId, Reply reply) {
    for (String chat : chatsOf(chatId)) {
      channelOf(chat).ifPresent(channel -> channel.send(chat, reply));
    }
  }

  @Override
  public void sendUrgently(String chatId, Reply reply) {
    for (String chat : chatsOf(chatId)) {
      channelOf(chat).ifPresent(channel -> channel.sendUrgently(chat, reply));
    }
  }

  private List<String> chatsOf(String chatId) {
    List<String> chats = new ArrayList<>();
    chats.add(chatId);
    chats.addAll(links.chatsOf(chatId));
    return chats;
  }

  private Optional<ChannelNotifier> channelOf(String chatId) {
    for (ChannelNotifier channel : channels) {
      if (channel.reaches(chatId)) {
        return Optional.of(channel);
      }
    }
    log.info("a message for a chat of a channel that is not running was skipped");
    return Optional.empty();
  }
}
