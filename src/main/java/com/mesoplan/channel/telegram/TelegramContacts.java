package com.mesoplan.channel.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mesoplan.channel.telegram.UpdateReader.Sender;
import com.mesoplan.conversation.PersonContacts;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The name and username a person shows in Telegram, kept with the chat's other records (and
 * erased with them) so that an alert names them, and the link that opens the chat with them.
 * A turn writes the name only when it changed since this instance last saw it.
 */
final class TelegramContacts implements PersonContacts.OfChannel {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Cache<Long, Sender> known =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(1)).build();

  TelegramContacts(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** In the turn's transaction: keeps the name the person shows now. */
  void remember(long chatId, Sender sender) {
    Sender shown = new Sender(cut(sender.firstName()), cut(sender.username()));
    if (shown.equals(known.getIfPresent(chatId))) {
      return;
    }
    Timestamp now = Timestamp.from(Instant.now(clock));
    int updated = jdbc.sql("""
        update telegram_chat set first_name = ?, username = ?, updated_at = ? where chat_id = ?""")
        .params(shown.firstName(), shown.username(), now, chatId).update();
    if (updated == 0) {
      jdbc.sql("""
          insert into telegram_chat (chat_id, updated_at, first_name, username)
          values (?, ?, ?, ?)""").params(chatId, now, shown.firstName(), shown.username())
          .update();
    }
    known.put(chatId, shown);
  }

  /** A name that was erased must not come back from the cache. */
  void forget(long chatId) {
    known.invalidate(chatId);
  }

  @Override
  public boolean reaches(String chatId) {
    return UpdateProcessor.chatIdOf(chatId).isPresent();
  }

  @Override
  public Contact of(String chatId) {
    long chat = UpdateProcessor.chatIdOf(chatId).orElseThrow();
    Sender sender = jdbc.sql("select first_name, username from telegram_chat where chat_id = ?")
        .param(chat).query((rs, row) -> new Sender(rs.getString("first_name"),
            rs.getString("username"))).optional().orElse(new Sender(null, null));
    String name = Objects.requireNonNullElse(sender.firstName(), "Telegram user " + chat)
        + (sender.username() == null ? "" : " (@" + sender.username() + ")");
    // a username opens the chat on every device; the id link works when their settings allow
    String link = sender.username() != null ? "https://t.me/" + sender.username()
        : "tg://user?id=" + chat;
    return new Contact(name, Optional.of(link));
  }

  private static String cut(String text) {
    return text == null ? null : text.substring(0, Math.min(64, text.length()));
  }
}
