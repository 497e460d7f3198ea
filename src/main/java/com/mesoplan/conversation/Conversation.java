package com.mesoplan.conversation;

import com.mesoplan.dialog.DialogState;
import java.util.Optional;

/**
 * One person's conversation: where the dialog stands, the language, where they came from, and
 * the version that keeps two turns from overwriting each other.
 */
public record Conversation(String chatId, DialogState dialog, String language,
    boolean languageChosen, Optional<String> source, long version) {

  Conversation withDialog(DialogState state) {
    return new Conversation(chatId, state, language, languageChosen, source, version);
  }

  Conversation withLanguage(String chosen) {
    return new Conversation(chatId, dialog, chosen, true, source, version);
  }
}
