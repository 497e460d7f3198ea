package com.mesoplan.channel.console;

import com.mesoplan.conversation.PersonContacts;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The terminal chat's one person has no name or link: staff are told where they are. */
@Component
final class ConsoleContacts implements PersonContacts.OfChannel {

  @Override
  public boolean reaches(String chatId) {
    return chatId.equals(ConsoleChat.CHAT_ID);
  }

  @Override
  public Contact of(String chatId) {
    return new Contact("the person at the local terminal chat", Optional.empty());
  }
}
