package com.mesoplan.channel.web;

import com.mesoplan.conversation.PersonContacts;
import java.util.Optional;

/**
 * A website visitor has no name or address the chat knows: staff see "a website visitor" and
 * the chat's short id, and reach them only through what they shared or a Telegram chat that
 * continues the conversation.
 */
final class WebContacts implements PersonContacts.OfChannel {

  @Override
  public boolean reaches(String chatId) {
    return WebChats.isWebChat(chatId);
  }

  @Override
  public Contact of(String chatId) {
    String id = chatId.substring(WebChats.CHANNEL.length() + 1);
    return new Contact("Website visitor " + id.substring(0, Math.min(8, id.length())),
        Optional.empty());
  }
}
