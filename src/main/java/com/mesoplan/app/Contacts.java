package com.mesoplan.app;

import com.mesoplan.conversation.ChatLinks;
import com.mesoplan.conversation.PersonContacts;
import java.util.List;
import java.util.Optional;

/**
 * Describes a person through whichever channel owns their chat; when their conversation goes on
 * in a chat on another channel that can be opened (a website conversation continued in
 * Telegram), through that one.
 */
final class Contacts implements PersonContacts {

  private final List<OfChannel> channels;
  private final ChatLinks links;

  Contacts(List<OfChannel> channels, ChatLinks links) {
    this.channels = List.copyOf(channels);
    this.links = links;
  }

  @Override
  public Contact of(String chatId) {
    for (String linked : links.chatsOf(chatId)) {
      Contact contact = own(linked);
      if (contact.link().isPresent()) {
        return contact;
      }
    }
    return own(chatId);
  }

  private Contact own(String chatId) {
    for (OfChannel channel : channels) {
      if (channel.reaches(chatId)) {
        return channel.of(chatId);
      }
    }
    return new Contact("a person of a channel that is not running", Optional.empty());
  }
}
