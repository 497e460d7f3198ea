package com.mesoplan.channel.telegram;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Telegram updates as received, stored before they are acknowledged. A second delivery of the
 * same {@code update_id} is ignored; a processed update keeps only its id, for as long as
 * Telegram could deliver it again.
 */
final class Inbox {

  /** An update waiting to be processed. */
  record Pending(long updateId, String body) {}

  private static final String INSERT = """
      insert into telegram_inbox (update_id, chat_id, body, received_at) values (?, ?, ?, ?)""";

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final Clock clock;

  Inbox(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = JdbcClient.create(jdbc);
    this.batch = jdbc;
    this.clock = clock;
  }

  /**
   * Stores updates together (in the caller's transaction).
   *
   * @throws DuplicateKeyException when one of them is already there
   */
  void storeAll(List<UpdateIntake.Received> updates) {
    Timestamp now = Timestamp.from(Instant.now(clock));
    batch.batchUpdate(INSERT, updates.stream()
        .map(u -> new Object[] {u.updateId(), u.chatId(), u.body(), now}).toList());
  }

  /** Stores the update unless it is already there; says whether it was new. */
  boolean store(long updateId, long chatId, String body) {
    try {
      return jdbc.sql(INSERT).params(updateId, chatId, body, Timestamp.from(Instant.now(clock))).update() == 1;
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

  /** A chat's updates waiting to be processed, in order. */
  List<Pending> pending(long chatId, int limit) {
    return jdbc.sql("""
        select update_id, body from telegram_inbox where processed_at is null and chat_id = ?
        order by update_id fetch first ? rows only""")
        .params(chatId, limit)
        .query((rs, row) -> new Pending(rs.getLong("update_id"), rs.getString("body"))).list();
  }

  /**
   * Marks the update done and forgets its content and chat (the id stays, for dedupe), unless
   * it already was: says whether this transaction got it. The row stays locked until the
   * transaction ends, so of two instances taking the same update one gets it and one does not.
   */
  boolean claim(long updateId) {
    return jdbc.sql("""
        update telegram_inbox set processed_at = ?, body = '{}', chat_id = 0
        where update_id = ? and processed_at is null""")
        .params(Timestamp.from(Instant.now(clock)), updateId).update() == 1;
  }

  /** Forgets processed updates older than Telegram keeps undelivered ones; returns how many. */
  int forgetProcessedBefore(Instant cutoff) {
    return jdbc.sql("delete from telegram_inbox where processed_at < ?")
        .param(Timestamp.from(cutoff)).update();
  }

  long pendingCount() {
    return jdbc.sql("select count(*) from telegram_inbox where processed_at is null")
        .query(Long.class).single();
  }
}
