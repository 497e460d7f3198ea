package com.mesoplan.app;

import com.mesoplan.conversation.ChannelNotifier;
import com.mesoplan.conversation.Notifier;
import com.mesoplan.conversation.Reply;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends through whichever channel owns the chat; a chat no running channel owns is skipped. */
final class Notifiers implements Notifier {

  private static final Logger log = LoggerFactory.getLogger(Notifiers.class);

  private final List<ChannelNotifier> channels;

  Notifiers(List<ChannelNotifier> channels) {
    this.channels = List.copyOf(channels);
  }

  @Override
  public void send(String chatId, Reply reply) {
    channelOf(chatId).ifPresent(channel -> channel.send(chatId, reply));
  }

  @Override
  public void sendUrgently(String chatId, Reply reply) {
    channelOf(chatId).ifPresent(channel -> channel.sendUrgently(chatId, reply));
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
