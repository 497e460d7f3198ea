package com.mesoplan.conversation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat: the channel it runs on and that channel's id for it, written {@code telegram:42} or
 * {@code console:local}. The conversation's stores key their rows by this written form.
 */
public record ChatId(String channel, String id) {

  private static final Pattern WRITTEN = Pattern.compile("([a-z]{1,16}):(-?[A-Za-z0-9_-]{1,64})");

  public ChatId {
    if (!WRITTEN.matcher(channel + ":" + id).matches()) {
      throw new IllegalArgumentException("not a chat id: a channel (a-z) and an id of letters, "
          + "digits, _ or -");
    }
  }

  /** The chat a written id names; empty when it is not one. */
  public static Optional<ChatId> parse(String written) {
    Matcher parts = WRITTEN.matcher(written);
    return parts.matches() ? Optional.of(new ChatId(parts.group(1), parts.group(2)))
        : Optional.empty();
  }

  public boolean isOn(String channelName) {
    return channel.equals(channelName);
  }

  @Override
  public String toString() {
    return channel + ":" + id;
  }
}
