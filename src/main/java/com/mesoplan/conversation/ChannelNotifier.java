package com.mesoplan.conversation;

/** A channel's way to reach its own chats. */
public interface ChannelNotifier extends Notifier {

  /** Whether this channel owns the chat id (by its prefix). */
  boolean reaches(String chatId);

  /**
   * The clinic's staff chat, if this channel runs one. Staff alerts go there; with no running
   * channel offering one, a person is told to call the clinic themselves, never that the clinic
   * was alerted.
   */
  default java.util.Optional<String> staffChat() {
    return java.util.Optional.empty();
  }
}
