package com.mesoplan.app;

import com.mesoplan.conversation.PersonContacts;
import java.util.List;
import java.util.Optional;

/** Describes a person through whichever channel owns their chat. */
final class Contacts implements PersonContacts {

  private final List<OfChannel> channels;

  Contacts(List<OfChannel> channels) {
    this.channels = List.copyOf(channels);
  }

  @Override
  public Contact of(String chatId) {
    for (OfChannel channel : channels) {
      if (channel.reaches(chatId)) {
        return channel.of(chatId);
      }
    }
    return new Contact("a person of a channel that is not running", Optional.empty());
  }
}
