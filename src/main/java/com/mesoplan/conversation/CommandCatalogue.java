package com.mesoplan.conversation;

import com.mesoplan.i18n.Messages;
import java.util.List;

/**
 * The commands a person can send, in the order a channel's menu lists them, each described by
 * {@code command.<name>} in the message files. Channels build their menus from this list.
 */
public final class CommandCatalogue {

  /** What a person can send, menu order. */
  public static final List<String> PERSON = List.of("start", "back", "restart", "language",
      "help", "privacy", "plan", "calendar", "reminders", "problem", "done", "moved", "skipped",
      "pause", "resume", "stop", "timezone", "share", "export", "delete");

  private CommandCatalogue() {}

  /** A command's line in the menu, in the language. */
  public static String description(Messages messages, String language, String command) {
    return messages.render(language, "command." + command);
  }
}
