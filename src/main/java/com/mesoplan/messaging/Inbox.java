package com.mesoplan.messaging;

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
 * One channel's updates as received, stored before they are acknowledged. A second delivery of
 * the same delivery id is ignored; a processed update keeps only its id, for as long as the
 * channel could deliver it again. A chat's updates are taken in the order they were stored.
 */
public final class Inbox {

  /** An update waiting to be processed: its row, its delivery id and its body. */
  public record Pending(long id, String delivery, String body) {}

  /** An update as received: the channel's id for it, its chat (written ChatId) and its body. */
  public record Delivery(String delivery, String chat, String body) {}

  private static final String INSERT = """
      insert into inbox (channel, delivery, chat, body, received_at) values (?, ?, ?, ?, ?)""";
  private static final String INSERT_TAKEN = """
      insert into inbox (channel, delivery, chat, body, received_at, processed_at)
      values (?, ?, '', '{}', ?, ?)""";

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final String channel;
  private final Clock clock;

  public Inbox(JdbcTemplate jdbc, String channel, Clock clock) {
    this.jdbc = JdbcClient.create(jdbc);
    this.batch = jdbc;
    this.channel = channel;
    this.clock = clock;
  }

  /**
   * Stores updates together (in the caller's transaction): those to wait for their turn with
   * their content, those whose turn is taken in this transaction as done, by id only.
   *
   * @throws DuplicateKeyException when one of them is already there
   */
  void storeAll(List<Delivery> waiting, List<Delivery> taken) {
    Timestamp now = Timestamp.from(Instant.now(clock));
    if (!waiting.isEmpty()) {
      batch.batchUpdate(INSERT, waiting.stream()
          .map(u -> new Object[] {channel, u.delivery(), u.chat(), u.body(), now}).toList());
    }
    if (!taken.isEmpty()) {
      batch.batchUpdate(INSERT_TAKEN, taken.stream()
          .map(u -> new Object[] {channel, u.delivery(), now, now}).toList());
    }
  }

  /**
   * Which of these chats have updates waiting for their turn. The list of chats is padded to a
   * power of two, so that few statements of different lengths are prepared.
   */
  Set<String> chatsWaitingAmong(Collection<String> chats) {
    if (chats.isEmpty()) {
      return Set.of();
    }
    List<Object> padded = new ArrayList<>(chats);
    Object last = padded.get(padded.size() - 1);
    while (Integer.bitCount(padded.size()) != 1) {
      padded.add(last);
    }
    padded.add(0, channel);
    return new HashSet<>(jdbc.sql("select distinct chat from inbox "
        + "where processed_at is null and channel = ? and chat in ("
        + String.join(", ", Collections.nCopies(padded.size() - 1, "?")) + ")")
        .params(padded).query(String.class).list());
  }

  /** Stores the update unless it is already there; says whether it was new. */
  boolean store(Delivery update) {
    try {
      return jdbc.sql(INSERT).params(channel, update.delivery(), update.chat(), update.body(),
          Timestamp.from(Instant.now(clock))).update() == 1;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  /** Chats with updates waiting, oldest first. */
  List<String> chatsWithPending(int limit) {
    return jdbc.sql("""
        select chat from inbox where processed_at is null and channel = ?
        group by chat order by min(id) fetch first ? rows only""")
        .params(channel, limit).query(String.class).list();
  }

  /** A chat's updates waiting to be processed, in order. */
  List<Pending> pending(String chat, int limit) {
    return jdbc.sql("""
        select id, delivery, body from inbox
        where processed_at is null and channel = ? and chat = ?
        order by id fetch first ? rows only""")
        .params(channel, chat, limit)
        .query((rs, row) -> new Pending(rs.getLong("id"), rs.getString("delivery"),
            rs.getString("body"))).list();
  }

  /**
   * Marks the update done and forgets its content and chat (the id stays, for dedupe), unless
   * it already was: says whether this transaction got it. The row stays locked until the
   * transaction ends, so of two instances taking the same update one gets it and one does not.
   */
  boolean claim(long id) {
    return jdbc.sql("""
        update inbox set processed_at = ?, body = '{}', chat = ''
        where id = ? and processed_at is null""")
        .params(Timestamp.from(Instant.now(clock)), id).update() == 1;
  }

  /** Forgets processed updates older than the channel could deliver them again. */
  int forgetProcessedBefore(Instant cutoff) {
    return jdbc.sql("delete from inbox where channel = ? and processed_at < ?")
        .params(channel, Timestamp.from(cutoff)).update();
  }

  public long pendingCount() {
    return jdbc.sql("select count(*) from inbox where channel = ? and processed_at is null")
        .param(channel).query(Long.class).single();
  }
}
