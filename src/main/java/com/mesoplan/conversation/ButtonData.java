package com.mesoplan.conversation;

import java.util.Optional;

/**
 * What a button sends back, made only from the dialog definition:
 * {@code <version>:<step>:<option>}, the same on every channel. Ids are at most 24 characters
 * each, so the data stays well within Telegram's 64 bytes.
 */
public final class ButtonData {

  private ButtonData() {}

  public static String of(Reply.Button button) {
    return button.dialogVersion() + ":" + button.stepId() + ":" + button.optionId();
  }

  public static Optional<Incoming.Pressed> read(String data) {
    if (data == null) {
      return Optional.empty();
    }
    String[] parts = data.split(":", -1);
    if (parts.length != 3 || !parts[0].matches("\\d{1,6}") || parts[1].isEmpty()
        || parts[2].isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Incoming.Pressed(Integer.parseInt(parts[0]), parts[1], parts[2]));
  }
}
