package com.mesoplan.channel.console;

/** The few words the terminal itself says, around the conversation. */
final class ConsoleText {

  static final String WELCOME = "mesoplan – local chat. Type the number of an answer, or a "
      + "command (/help, /back, /restart, /language). /quit leaves.";
  static final String INPUT_CLOSED = "Input closed; the local chat has ended.";
  static final String NOT_SAVED = "the file could not be saved";

  private ConsoleText() {}
}
