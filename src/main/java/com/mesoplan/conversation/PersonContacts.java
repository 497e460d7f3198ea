package com.mesoplan.conversation;

import java.util.Optional;

/**
 * How the clinic's staff recognise a person and reach them in one tap: the name their channel
 * shows, and a link that opens the chat with them, where the channel has one.
 */
public interface PersonContacts {

  /** A person as staff see them. */
  record Contact(String name, Optional<String> link) {}

  Contact of(String chatId);

  /** A channel's way to describe its own chats. */
  interface OfChannel extends PersonContacts {
    boolean reaches(String chatId);
  }
}
