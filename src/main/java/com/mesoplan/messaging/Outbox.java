package com.mesoplan.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * One channel's replies waiting to be sent, stored in the same transaction as the turn that made
 * them, and sent in order: a chat's oldest unsent call goes first, unless a later one is urgent
 * or it is cosmetic (it then waits behind the chat's messages). Every channel's rows share one
 * table; each channel's outbox sees only its own.
 *
 * @param <C> the channel's call
 */
public final class Outbox<C> {

  /** A stored call, how often it was tried, and when it may be tried again. */
  public record Entry<C>(long id, String chat, C call, Traits traits, int attempts,
      Instant notBefore) {}

  private final JdbcClient jdbc;
  private final OutboxChannel<C> channel;
  private final String name;
  private final Clock clock;

  public Outbox(JdbcClient jdbc, OutboxChannel<C> channel, Clock clock) {
    this.jdbc = jdbc;
    this.channel = channel;
    this.name = channel.name();
    this.clock = clock;
  }

  /**
   * Stores a call; with a lease, it is this instance's to send until the lease ends; an urgent
   * one is sent before the chat's other calls still waiting. Returns it as stored.
   */
  public Entry<C> add(String chat, C call, Optional<Instant> leasedUntil, boolean urgent) {
    Instant now = Instant.now(clock);
    Timestamp at = Timestamp.from(now);
    Traits traits = channel.traits(call);
    KeyHolder id = new GeneratedKeyHolder();
    jdbc.sql("""
        insert into outbox (channel, chat, body, attempts, next_attempt_at, created_at,
          leased_until, priority, shows, answers, edits, edit_scope)
        values (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(name, chat, channel.write(call), at, at,
            leasedUntil.map(Timestamp::from).orElse(null),
            urgent ? 1 : traits.cosmetic() ? -1 : 0, traits.shows(), traits.answers(),
            traits.edits(), traits.scope() == null ? null : traits.scope().name())
        .update(id, "id");
    return new Entry<>(Objects.requireNonNull(id.getKey()).longValue(), chat, call, traits, 0, now);
  }

  /**
   * Whether a call stored after this one makes it pointless to send: for a message that asks a
   * question, a newer question of the chat or an answer to this one; for an edit, a later edit
   * of the same message that covers it (a whole edit covers any edit, a part only the same part).
   */
  boolean overtaken(Entry<C> entry) {
    Traits traits = entry.traits();
    if (traits.shows() != null) {
      return jdbc.sql("""
          select count(*) from outbox
          where channel = ? and chat = ? and id > ? and (shows is not null or answers = ?)""")
          .params(name, entry.chat(), entry.id(), traits.shows()).query(Long.class).single() > 0;
    }
    if (traits.edits() != null && traits.scope() != null) {
      return jdbc.sql("""
          select count(*) from outbox
          where channel = ? and chat = ? and id > ? and edits = ?
            and (edit_scope = 'WHOLE' or edit_scope = ?)""")
          .params(name, entry.chat(), entry.id(), traits.edits(), traits.scope().name())
          .query(Long.class).single() > 0;
    }
    return false;
  }

  /** The ids of a chat's calls not yet sent. */
  List<Long> unsent(String chat) {
    return jdbc.sql("select id from outbox where channel = ? and chat = ?").params(name, chat)
        .query(Long.class).list();
  }

  /** Chats with a call that is due and that no instance holds. */
  List<String> chatsDue(int limit) {
    Timestamp now = Timestamp.from(Instant.now(clock));
    return jdbc.sql("""
        select distinct chat from outbox
        where channel = ? and next_attempt_at <= ? and (leased_until is null or leased_until < ?)
        fetch first ? rows only""")
        .params(name, now, now, limit).query(String.class).list();
  }

  /** A chat's calls not yet sent, urgent ones first, then oldest first. */
  public List<Entry<C>> waiting(String chat, int limit) {
    return jdbc.sql("""
        select id, chat, body, attempts, next_attempt_at from outbox
        where channel = ? and chat = ? order by priority desc, id fetch first ? rows only""")
        .params(name, chat, limit).query(this::entry).list();
  }

  private Entry<C> entry(ResultSet rs, int row) throws SQLException {
    C call = channel.read(rs.getString("body"));
    return new Entry<>(rs.getLong("id"), rs.getString("chat"), call, channel.traits(call),
        rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant());
  }

  /**
   * Takes the row for this instance for a while; false when another instance holds it. A lease
   * that ran out (its instance died mid-send) can be taken again.
   */
  boolean lease(long id, Duration length) {
    Instant now = Instant.now(clock);
    return jdbc.sql("""
        update outbox set leased_until = ?
        where id = ? and (leased_until is null or leased_until < ?)""")
        .params(Timestamp.from(now.plus(length)), id, Timestamp.from(now)).update() == 1;
  }

  /** Frees every lease: for a database only this process uses, whose leases were a dead one's. */
  int releaseAll() {
    return jdbc.sql("""
        update outbox set leased_until = null where channel = ? and leased_until is not null""")
        .param(name).update();
  }

  /** Gives up this instance's lease on the calls, so they are sent from the database. */
  void release(List<Long> ids) {
    if (!ids.isEmpty()) {
      jdbc.sql("update outbox set leased_until = null where id in (" + marks(ids) + ")")
          .params(ids).update();
    }
  }

  /** Done: sent, or settled without sending (not modified, refused); nothing is kept. */
  void settle(List<Long> ids) {
    if (!ids.isEmpty()) {
      jdbc.sql("delete from outbox where id in (" + marks(ids) + ")").params(ids).update();
    }
  }

  private static String marks(List<Long> ids) {
    return String.join(", ", Collections.nCopies(ids.size(), "?"));
  }

  void retryAt(long id, Instant when) {
    jdbc.sql("""
        update outbox set attempts = attempts + 1, next_attempt_at = ?, leased_until = null
        where id = ?""")
        .params(Timestamp.from(when), id).update();
  }

  /** Drops everything still waiting for a chat (the person blocked the bot). */
  public void dropPending(String chat) {
    jdbc.sql("delete from outbox where channel = ? and chat = ?").params(name, chat).update();
  }

  public long pendingCount() {
    return jdbc.sql("select count(*) from outbox where channel = ?").param(name)
        .query(Long.class).single();
  }
}
