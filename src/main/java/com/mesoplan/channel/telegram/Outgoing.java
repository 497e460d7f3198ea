package com.mesoplan.channel.telegram;

import java.util.List;

/**
 * One call to make to Telegram, as stored in the outbox: send a message, a photo or a document,
 * replace a message's text, or replace only its buttons. Texts are already HTML-escaped.
 */
record Outgoing(Kind kind, long chatId, Integer messageId, String text, List<List<Key>> keyboard,
    String fileName, byte[] file) {

  enum Kind {
    SEND,
    EDIT_TEXT,
    EDIT_KEYBOARD,
    SEND_PHOTO,
    SEND_DOCUMENT
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
}
