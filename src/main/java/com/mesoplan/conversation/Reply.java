package com.mesoplan.conversation;

import java.util.ArrayList;
import java.util.List;

/** What the bot answers, whatever the channel: one or more messages, each with its buttons. */
public record Reply(List<Message> messages) {

  public Reply {
    messages = List.copyOf(messages);
  }

  /** A text and the answers offered under it. */
  public record Message(String text, List<Button> buttons) {
    public Message {
      buttons = List.copyOf(buttons);
    }
  }

  /** A button; its data names the step and the option, so buttons need no server state. */
  public record Button(String label, String stepId, String optionId) {}

  static Builder builder() {
    return new Builder();
  }

  /** Collects texts into messages; buttons go on the message they follow. */
  static final class Builder {
    private final List<Message> messages = new ArrayList<>();

    Builder text(String text) {
      messages.add(new Message(text, List.of()));
      return this;
    }

    Builder question(String text, List<Button> buttons) {
      messages.add(new Message(text, buttons));
      return this;
    }

    Reply build() {
      return new Reply(messages);
    }
  }
}
