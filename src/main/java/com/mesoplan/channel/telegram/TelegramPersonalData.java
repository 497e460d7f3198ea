package com.mesoplan.channel.telegram;

import com.mesoplan.conversation.PersonalData;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the Telegram channel keeps about a person: their name and username, whether they blocked
 * the bot, the last question sent to them with buttons (to take the buttons away when they type
 * the answer), and replies not yet delivered. Processed updates keep no chat id, and sent
 * replies are deleted.
 */
final class TelegramPersonalData implements PersonalData {

  private final JdbcClient jdbc;

  private final TelegramContacts contacts;

  TelegramPersonalData(JdbcClient jdbc, TelegramContacts contacts) {
    this.jdbc = jdbc;
    this.contacts = contacts;
  }

  @Override
  public String name() {
    return "telegram";
  }

  @Override
  public Map<String, Object> export(String chatId) {
    Map<String, Object> out = new LinkedHashMap<>();
    UpdateProcessor.chatIdOf(chatId).ifPresent(chat -> {
      out.put("chatId", chat);
      jdbc.sql("""
          select first_name, username, open_question_text from telegram_chat where chat_id = ?""")
          .param(chat).query((rs, row) -> {
            out.put("firstName", rs.getString("first_name"));
            out.put("username", rs.getString("username"));
            out.put("lastQuestionWithButtons", rs.getString("open_question_text"));
            return true;
          }).optional();
      out.put("blockedTheBot", jdbc.sql("select blocked from telegram_chat where chat_id = ?")
          .param(chat).query(Boolean.class).optional().orElse(false));
      out.put("updatesWaiting", jdbc.sql(
          "select count(*) from telegram_inbox where chat_id = ? and processed_at is null")
          .param(chat).query(Long.class).single());
      out.put("repliesWaiting", jdbc.sql(
          "select count(*) from telegram_outbox where chat_id = ?")
          .param(chat).query(Long.class).single());
    });
    return out;
  }

  @Override
  public void erase(String chatId) {
    UpdateProcessor.chatIdOf(chatId).ifPresent(chat -> {
      jdbc.sql("delete from telegram_outbox where chat_id = ?").param(chat).update();
      jdbc.sql("update telegram_inbox set chat_id = 0, body = '{}' where chat_id = ?")
          .param(chat).update();
      jdbc.sql("delete from telegram_chat where chat_id = ?").param(chat).update();
      contacts.forget(chat);
    });
  }
}
