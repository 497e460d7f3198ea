package com.mesoplan.channel.telegram;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The people who blocked the bot; nothing is sent to them until they come back. */
final class BlockedChats {

  private final JdbcClient jdbc;
  private final Clock clock;

  BlockedChats(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  boolean isBlocked(long chatId) {
    return jdbc.sql("select blocked from telegram_chat where chat_id = ?").param(chatId)
        .query(Boolean.class).optional().orElse(false);
  }

  /** The person wrote again: whatever they had blocked, they are back. */
  void unblock(long chatId) {
    jdbc.sql("update telegram_chat set blocked = false, updated_at = ? where chat_id = ? and blocked")
        .params(Timestamp.from(Instant.now(clock)), chatId).update();
  }

  void set(long chatId, boolean blocked) {
    Timestamp now = Timestamp.from(Instant.now(clock));
    int updated = jdbc.sql("update telegram_chat set blocked = ?, updated_at = ? where chat_id = ?")
        .params(blocked, now, chatId).update();
    if (updated == 0) {
      jdbc.sql("insert into telegram_chat (chat_id, blocked, updated_at) values (?, ?, ?)")
          .params(chatId, blocked, now).update();
    }
  }
}
