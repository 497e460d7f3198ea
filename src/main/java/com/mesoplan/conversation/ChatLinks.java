package com.mesoplan.conversation;

import java.util.List;
import java.util.Optional;

/**
 * A person's chat on a second channel that continues the conversation they began on another.
 * The conversation offers a code (the website's chat turns it into a Telegram link); the chat
 * that opens it is shown a confirmation, and is joined only once the person types that back in
 * the conversation. Both sides are then the same person: a link handed to someone else cannot
 * tie their chat to a conversation another person reads.
 */
public interface ChatLinks {

  /** A fresh code for the conversation; an earlier one it offered stops working. */
  String offer(String conversation);

  /**
   * The chat opened the code: the confirmation it must be shown, while the code is good and no
   * other chat took it; empty when the code is unknown, spent or expired.
   */
  Optional<String> opened(String code, String chat);

  /** The chat that opened the conversation's code, while its confirmation is awaited. */
  Optional<String> joining(String conversation);

  /**
   * The conversation typed a confirmation: the chat it joins when it matches (the join is then
   * done and the code spent); empty when it does not (a few wrong ones void the code).
   */
  Optional<String> confirm(String conversation, String confirmation);

  /** The conversation a chat continues, if it joined one. */
  Optional<String> conversationOf(String chat);

  /** The chats on other channels that continue the conversation. */
  List<String> chatsOf(String conversation);
}
