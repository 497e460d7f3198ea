package com.mesoplan.channel.web;

import com.mesoplan.conversation.ButtonData;
import com.mesoplan.conversation.Incoming;
import java.util.Optional;

/**
 * What a browser sent, as stored in the inbox: the chat, the browser's id for the message, typed
 * text or a pressed button's data, and the browser's language.
 */
record WebUpdate(String chat, String ref, String text, String press, String language) {

  /** The conversation's reading of it: a press, a command, or typed text. */
  Incoming incoming() {
    if (press != null) {
      return ButtonData.read(press).<Incoming>map(p -> p)
          .orElse(new Incoming.Unreadable(Incoming.Unreadable.Kind.MEDIA));
    }
    return Incoming.fromLine(text == null ? "" : text);
  }

  Optional<String> languageHint() {
    return Optional.ofNullable(language);
  }
}
