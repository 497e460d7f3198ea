package com.mesoplan.channel.telegram;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Telegram updates as received, stored before they are acknowledged. A second delivery of the
 * same {@code update_id} is ignored; a processed update keeps only its id.
 */
final class Inbox {

  private final JdbcClient jdbc;
  private final Clock clock;

  Inbox(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Stores the update unless it is already there; says whether it was new. */
  boolean store(long updateId, long chatId, String body) {
    try {
      return jdbc.sql("""
          insert into telegram_inbox (update_id, chat_id, body, received_at)
          values (?, ?, ?, ?)""")
          .params(updateId, chatId, body, Timestamp.from(Instant.now(clock))).update() == 1;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  /** Chats with updates waiting, oldest first. */
  List<Long> chatsWithPending(int limit) {
    return jdbc.sql("""
        select chat_id from telegram_inbox where processed_at is null
        group by chat_id order by min(update_id) fetch first ? rows only""")
        .param(limit).query(Long.class).list();
  }

  Optional<Long> nextPending(long chatId) {
    return jdbc.sql("""
        select min(update_id) from telegram_inbox where chat_id = ? and processed_at is null""")
        .param(chatId).query(Long.class).optional();
  }

  /** The body of an update not yet processed, locked for this transaction. */
  Optional<String> claim(long updateId) {
    return jdbc.sql("""
        select body from telegram_inbox where update_id = ? and processed_at is null for update""")
        .param(updateId).query(String.class).optional();
  }

  /** Marks the update done and forgets its content and chat; the id stays, for dedupe. */
  void markProcessed(long updateId) {
    jdbc.sql("""
        update telegram_inbox set processed_at = ?, body = '{}', chat_id = 0
        where update_id = ?""")
        .params(Timestamp.from(Instant.now(clock)), updateId).update();
  }

  long pendingCount() {
    return jdbc.sql("select count(*) from telegram_inbox where processed_at is null")
        .query(Long.class).single();
  }
}
