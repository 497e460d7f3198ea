package com.mesoplan.channel.telegram;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
  private static final String INSERT_TAKEN = """
      insert into telegram_inbox (update_id, chat_id, body, received_at, processed_at)
      values (?, 0, '{}', ?, ?)""";

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final Clock clock;

  Inbox(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = JdbcClient.create(jdbc);
    this.batch = jdbc;
    this.clock = clock;
  }

  /**
   * Stores updates together (in the caller's transaction): those to wait for their turn with
   * their content, those whose turn is taken in this transaction as done, by id only.
   *
   * @throws DuplicateKeyException when one of them is already there
   */
  void storeAll(List<UpdateIntake.Received> waiting, List<UpdateIntake.Received> taken) {
    Timestamp now = Timestamp.from(Instant.now(clock));
    if (!waiting.isEmpty()) {
      batch.batchUpdate(INSERT, waiting.stream()
          .map(u -> new Object[] {u.updateId(), u.chatId(), u.body(), now}).toList());
    }
    if (!taken.isEmpty()) {
      batch.batchUpdate(INSERT_TAKEN, taken.stream()
          .map(u -> new Object[] {u.updateId(), now, now}).toList());
    }
  }

  /**
   * Which of these chats have updates waiting for their turn. The list of chats is padded to a
   * power of two, so that few statements of different lengths are prepared.
   */
  Set<Long> chatsWaitingAmong(Collection<Long> chats) {
    if (chats.isEmpty()) {
      return Set.of();
    }
    List<Long> padded = new ArrayList<>(chats);
    Long last = padded.get(padded.size() - 1);
    while (Integer.bitCount(padded.size()) != 1) {
      padded.add(last);
    }
    return new HashSet<>(jdbc.sql("select distinct chat_id from telegram_inbox "
        + "where processed_at is null and chat_id in ("
        + String.join(", ", Collections.nCopies(padded.size(), "?")) + ")")
        .params(padded).query(Long.class).list());
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
