package com.mesoplan.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The chats whose person blocked the bot or left; nothing is sent to them until they return. */
public final class BlockedChats {

  private final JdbcClient jdbc;
  private final Clock clock;

  public BlockedChats(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public boolean isBlocked(String chat) {
    return jdbc.sql("select count(*) from blocked_chat where chat = ?").param(chat)
        .query(Long.class).single() > 0;
  }

  /** The person wrote again: whatever they had blocked, they are back. */
  public void unblock(String chat) {
    jdbc.sql("delete from blocked_chat where chat = ?").param(chat).update();
  }

  public void set(String chat, boolean blocked) {
    if (!blocked) {
      unblock(chat);
    } else if (!isBlocked(chat)) {
      jdbc.sql("insert into blocked_chat (chat, blocked_at) values (?, ?)")
          .params(chat, Timestamp.from(Instant.now(clock))).update();
    }
  }
}
