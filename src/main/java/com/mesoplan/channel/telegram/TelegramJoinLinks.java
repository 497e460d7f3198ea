package com.mesoplan.channel.telegram;

import com.mesoplan.conversation.JoinLinks;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Telegram's deep link, {@code https://t.me/<bot>?start=join-<code>}: opening it starts the
 * bot's chat with the code. The bot's username is asked of Telegram (getMe) once it is needed.
 */
final class TelegramJoinLinks implements JoinLinks {

  private static final Logger log = LoggerFactory.getLogger(TelegramJoinLinks.class);

  private final TelegramClient client;
  private volatile String username;
  private volatile long failedAt = Long.MIN_VALUE / 2;

  TelegramJoinLinks(TelegramClient client) {
    this.client = client;
  }

  @Override
  public String channelName() {
    return "Telegram";
  }

  @Override
  public Optional<String> linkFor(String code) {
    return username().map(bot -> "https://t.me/" + bot + "?start=" + PREFIX + code);
  }

  private synchronized Optional<String> username() {
    // a failure is remembered for a minute: a page cannot make every request call Telegram
    if (username == null && System.nanoTime() - failedAt > 60_000_000_000L) {
      try {
        username = client.execute(new GetMe()).getUserName();
      } catch (TelegramApiException e) {
        failedAt = System.nanoTime();
        log.warn("the bot's username could not be read: {}", e.getMessage());
      }
    }
    return Optional.ofNullable(username);
  }
}
