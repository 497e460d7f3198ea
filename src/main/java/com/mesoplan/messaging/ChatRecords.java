package com.mesoplan.messaging;

import com.mesoplan.conversation.PersonalData;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the messaging core keeps about a chat, whatever its channel: whether the person blocked
 * the bot, updates not yet taken and replies not yet delivered. Processed updates keep no chat,
 * and sent replies are deleted.
 */
public final class ChatRecords implements PersonalData {

  private final JdbcClient jdbc;

  public ChatRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String name() {
    return "messaging";
  }

  @Override
  public Map<String, Object> export(String chatId) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("blockedTheBot", jdbc.sql("select count(*) from blocked_chat where chat = ?")
        .param(chatId).query(Long.class).single() > 0);
    out.put("updatesWaiting", jdbc.sql(
        "select count(*) from inbox where chat = ? and processed_at is null")
        .param(chatId).query(Long.class).single());
    out.put("repliesWaiting", jdbc.sql("select count(*) from outbox where chat = ?")
        .param(chatId).query(Long.class).single());
    return out;
  }

  @Override
  public void erase(String chatId) {
    jdbc.sql("delete from outbox where chat = ?").param(chatId).update();
    jdbc.sql("update inbox set chat = '', body = '{}' where chat = ?").param(chatId).update();
    jdbc.sql("delete from blocked_chat where chat = ?").param(chatId).update();
  }
}
