package com.mesoplan.conversation;

import java.util.Locale;

/** What a person sent, whatever the channel. */
public sealed interface Incoming permits Incoming.Command, Incoming.Typed, Incoming.Pressed {

  /** A slash command such as {@code /back}, with what followed it (may be empty). */
  record Command(String name, String argument) implements Incoming {}

  /** Free text. */
  record Typed(String text) implements Incoming {}

  /** A button press: the step and the option the button was made for. */
  record Pressed(String stepId, String optionId) implements Incoming {}

  /** Reads a line of text: a command if it starts with '/', else typed text. */
  public static Incoming fromLine(String line) {
    String text = line.strip();
    if (text.startsWith("/") && text.length() > 1) {
      int space = text.indexOf(' ');
      String name = (space < 0 ? text.substring(1) : text.substring(1, space));
      int at = name.indexOf('@');
      name = (at < 0 ? name : name.substring(0, at)).toLowerCase(Locale.ROOT);
      return new Command(name, space < 0 ? "" : text.substring(space + 1).strip());
    }
    return new Typed(text);
  }
}
