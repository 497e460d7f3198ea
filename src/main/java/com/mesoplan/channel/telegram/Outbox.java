package com.mesoplan.channel.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Replies waiting to be sent, stored in the same transaction as the turn that made them, and
 * sent in order: a chat's oldest unsent call goes first, unless a later one is urgent or it is
 * cosmetic (it then waits behind the chat's messages).
 */
final class Outbox {

  /** A stored call, how often it was tried, and when it may be tried again. */
  record Entry(long id, long chatId, Outgoing call, int attempts, Instant notBefore) {}

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  Outbox(JdbcClient jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Stores a call; with a lease, it is this instance's to send until the lease ends. Returns it
   * as stored.
   */
  Entry add(Outgoing call, Optional<Instant> leasedUntil) {
    return add(call, leasedUntil, false);
  }

  /** Stores a call; an urgent one is sent before the chat's other calls still waiting. */
  Entry add(Outgoing call, Optional<Instant> leasedUntil, boolean urgent) {
    Instant now = Instant.now(clock);
    Timestamp at = Timestamp.from(now);
    KeyHolder id = new GeneratedKeyHolder();
    jdbc.sql("""
        insert into telegram_outbox (chat_id, body, attempts, next_attempt_at, created_at,
          leased_until, priority, kind, shows, answers, edits)
        values (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(call.chatId(), write(call), at, at, leasedUntil.map(Timestamp::from).orElse(null),
            urgent ? 1 : call.cosmetic() ? -1 : 0, call.kind().name(), call.shows(),
            call.answers(), call.kind().isEdit() ? call.messageId() : null)
        .update(id, "id");
    return new Entry(Objects.requireNonNull(id.getKey()).longValue(), call.chatId(), call, 0, now);
  }

  /**
   * Whether a call stored after this one makes it pointless to send: for a question, a newer
   * question of the chat or an answer to this one; for an edit, a later edit of the same message
   * that covers it (a text edit covers any edit, a buttons-only edit only another).
   */
  boolean overtaken(Entry entry) {
    Outgoing call = entry.call();
    if (call.shows() != null) {
      return jdbc.sql("""
          select count(*) from telegram_outbox
          where chat_id = ? and id > ? and (shows is not null or answers = ?)""")
          .params(entry.chatId(), entry.id(), call.shows()).query(Long.class).single() > 0;
    }
    if (call.kind().isEdit() && call.messageId() != null) {
      return jdbc.sql("""
          select count(*) from telegram_outbox
          where chat_id = ? and id > ? and edits = ? and (kind = 'EDIT_TEXT' or kind = ?)""")
          .params(entry.chatId(), entry.id(), call.messageId(), call.kind().name())
          .query(Long.class).single() > 0;
    }
    return false;
  }

  /** The ids of a chat's calls not yet sent. */
  List<Long> unsent(long chatId) {
    return jdbc.sql("select id from telegram_outbox where chat_id = ?").param(chatId)
        .query(Long.class).list();
  }

  /** Chats with a call that is due and that no instance holds. */
  List<Long> chatsDue(int limit) {
    Timestamp now = Timestamp.from(Instant.now(clock));
    return jdbc.sql("""
        select distinct chat_id from telegram_outbox
        where next_attempt_at <= ? and (leased_until is null or leased_until < ?)
        fetch first ? rows only""")
        .params(now, now, limit).query(Long.class).list();
  }

  /** A chat's calls not yet sent, urgent ones first, then oldest first. */
  List<Entry> waiting(long chatId, int limit) {
    return jdbc.sql("""
        select id, chat_id, body, attempts, next_attempt_at from telegram_outbox
        where chat_id = ? order by priority desc, id fetch first ? rows only""")
        .params(chatId, limit).query(this::entry).list();
  }

  private Entry entry(ResultSet rs, int row) throws SQLException {
    return new Entry(rs.getLong("id"), rs.getLong("chat_id"), read(rs.getString("body")),
        rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant());
  }

  /**
   * Takes the row for this instance for a while; false when another instance holds it. A lease
   * that ran out (its instance died mid-send) can be taken again.
   */
  boolean lease(long id, Duration length) {
    Instant now = Instant.now(clock);
    return jdbc.sql("""
        update telegram_outbox set leased_until = ?
        where id = ? and (leased_until is null or leased_until < ?)""")
        .params(Timestamp.from(now.plus(length)), id, Timestamp.from(now)).update() == 1;
  }

  /** Frees every lease: for a database only this process uses, whose leases were a dead one's. */
  int releaseAll() {
    return jdbc.sql("update telegram_outbox set leased_until = null where leased_until is not null")
        .update();
  }

  /** Gives up this instance's lease on the calls, so they are sent from the database. */
  void release(List<Long> ids) {
    if (!ids.isEmpty()) {
      jdbc.sql("update telegram_outbox set leased_until = null where id in (" + marks(ids) + ")")
          .params(ids).update();
    }
  }

  /** Done: sent, or settled without sending (not modified, refused); nothing is kept. */
  void settle(List<Long> ids) {
    if (!ids.isEmpty()) {
      jdbc.sql("delete from telegram_outbox where id in (" + marks(ids) + ")").params(ids)
          .update();
    }
  }

  private static String marks(List<Long> ids) {
    return String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
  }

  void retryAt(long id, Instant when) {
    jdbc.sql("""
        update telegram_outbox set attempts = attempts + 1, next_attempt_at = ?,
          leased_until = null
        where id = ?""")
        .params(Timestamp.from(when), id).update();
  }

  /** Drops everything still waiting for a chat (the person blocked the bot). */
  void dropPending(long chatId) {
    jdbc.sql("delete from telegram_outbox where chat_id = ?").param(chatId).update();
  }

  long pendingCount() {
    return jdbc.sql("select count(*) from telegram_outbox")
        .query(Long.class).single();
  }

  private String write(Outgoing call) {
    try {
      return json.writeValueAsString(call);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an outgoing call could not be stored", e);
    }
  }

  private Outgoing read(String body) {
    try {
      return json.readValue(body, Outgoing.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an outbox row could not be read", e);
    }
  }
}
