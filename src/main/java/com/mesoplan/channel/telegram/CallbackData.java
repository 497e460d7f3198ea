package com.mesoplan.channel.telegram;

import com.mesoplan.conversation.Incoming;
import com.mesoplan.conversation.Reply;
import java.util.Optional;

/**
 * Button data made only from the dialog definition: {@code <version>:<step>:<option>}. Ids are
 * at most 24 characters each, so the data stays well within Telegram's 64 bytes.
 */
final class CallbackData {

  private CallbackData() {}

  static String of(Reply.Button button) {
    return button.dialogVersion() + ":" + button.stepId() + ":" + button.optionId();
  }

  static Optional<Incoming.Pressed> read(String data) {
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
