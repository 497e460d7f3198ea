package com.mesoplan.conversation;

/** A channel's way to reach its own chats. */
public interface ChannelNotifier extends Notifier {

  /** Whether this channel owns the chat id (by its prefix). */
  boolean reaches(String chatId);
}
