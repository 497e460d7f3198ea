package com.mesoplan.conversation;

import java.util.Locale;

/** What a person sent, whatever the channel. */
public sealed interface Incoming permits Incoming.Command, Incoming.Typed, Incoming.Pressed,
    Incoming.Unreadable {

  /** A slash command such as {@code /back}, with what followed it (may be empty). */
  record Command(String name, String argument) implements Incoming {}

  /** Free text. */
  record Typed(String text) implements Incoming {}

  /** A button press: the dialog version, step and option the button was made for. */
  record Pressed(int dialogVersion, String stepId, String optionId) implements Incoming {}

  /** Something the bot cannot read as an answer: a sticker, photo, voice, file, or an edit. */
  record Unreadable(Kind kind) implements Incoming {

    /** Which kind, so the reply can say what to do instead. */
    public enum Kind {
      MEDIA,
      EDIT
    }
  }

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
