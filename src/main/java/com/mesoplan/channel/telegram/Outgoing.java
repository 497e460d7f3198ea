package com.mesoplan.channel.telegram;

import java.util.List;

/**
 * One call to make to Telegram, as stored in the outbox: send a message, a photo or a document,
 * replace a message's text, or replace only its buttons. Texts are already HTML-escaped.
 *
 * <p>What the call shows lets a later call overtake it while it waits: {@code shows} names the
 * dialog question a message asks (a newer question, or an answer to this one, makes it
 * pointless), {@code answers} the question the turn that made it answered. A {@code cosmetic}
 * call only tidies an answered question (the answer shown on it, its buttons taken away): it
 * yields to messages, the chat's own and other chats'.
 */
record Outgoing(Kind kind, long chatId, Integer messageId, String text, List<List<Key>> keyboard,
    String fileName, byte[] file, String shows, String answers, boolean cosmetic) {

  enum Kind {
    SEND,
    EDIT_TEXT,
    EDIT_KEYBOARD,
    SEND_PHOTO,
    SEND_DOCUMENT;

    boolean isEdit() {
      return this == EDIT_TEXT || this == EDIT_KEYBOARD;
    }
  }

  Outgoing(Kind kind, long chatId, Integer messageId, String text, List<List<Key>> keyboard,
      String fileName, byte[] file) {
    this(kind, chatId, messageId, text, keyboard, fileName, file, null, null, false);
  }

  Outgoing(Kind kind, long chatId, Integer messageId, String text, List<List<Key>> keyboard) {
    this(kind, chatId, messageId, text, keyboard, null, null);
  }

  /** An inline button: it sends its data back, or opens its url. */
  record Key(String text, String data, String url) {
    Key(String text, String data) {
      this(text, data, null);
    }
  }

  static Outgoing send(long chatId, String text, List<List<Key>> keyboard) {
    return new Outgoing(Kind.SEND, chatId, null, text, keyboard);
  }

  Outgoing showing(String question) {
    return new Outgoing(kind, chatId, messageId, text, keyboard, fileName, file, question, answers,
        cosmetic);
  }

  Outgoing answering(String question) {
    return new Outgoing(kind, chatId, messageId, text, keyboard, fileName, file, shows, question,
        cosmetic);
  }

  Outgoing asCosmetic() {
    return new Outgoing(kind, chatId, messageId, text, keyboard, fileName, file, shows, answers,
        true);
  }

  /** A message that asks a question with buttons: the person may answer it by typing instead. */
  boolean asksWithButtons() {
    return kind == Kind.SEND && shows != null && keyboard != null && !keyboard.isEmpty();
  }
}
