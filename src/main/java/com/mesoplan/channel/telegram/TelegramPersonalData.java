package com.mesoplan.channel.telegram;

import com.mesoplan.conversation.PersonalData;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the Telegram channel keeps about a person: their name and username, and the last question
 * sent to them with buttons (to take the buttons away when they type the answer). The inbox,
 * the outbox and blocked chats are the messaging core's ({@code ChatRecords}).
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
    });
    return out;
  }

  @Override
  public void erase(String chatId) {
    UpdateProcessor.chatIdOf(chatId).ifPresent(chat -> {
      jdbc.sql("delete from telegram_chat where chat_id = ?").param(chat).update();
      contacts.forget(chat);
    });
  }
}
