package com.mesoplan.app;

import com.mesoplan.conversation.ChannelNotifier;
import com.mesoplan.conversation.Notifier;
import com.mesoplan.conversation.Reply;
import java.util.List;
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
    for (ChannelNotifier channel : channels) {
      if (channel.reaches(chatId)) {
        channel.send(chatId, reply);
        return;
      }
    }
    log.info("a message for a chat of a channel that is not running was skipped");
  }
}
