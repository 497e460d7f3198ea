package com.mesoplan.persistence;

import com.mesoplan.conversation.ChatLinks;
import com.mesoplan.conversation.PersonalData;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Chats joined to a conversation begun on another channel, and the codes that join them. A code
 * is 128 random bits, kept only as its SHA-256, one per conversation, good for an hour; the
 * confirmation is six random digits, kept as its SHA-256 too, good for ten minutes; five wrong
 * attempts void the code (opening it again makes new digits but no new attempts).
 */
final class JdbcChatLinks implements ChatLinks, PersonalData {

  static final Duration CODE_LIFETIME = Duration.ofHours(1);
  static final Duration CONFIRM_WITHIN = Duration.ofMinutes(10);
  static final int ATTEMPTS = 5;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcChatLinks(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public String offer(String conversation) {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = Instant.now(clock);
    jdbc.sql("delete from chat_join_code where expires_at < ? or conversation = ?")
        .params(Timestamp.from(now), conversation).update();
    jdbc.sql("insert into chat_join_code (code_hash, conversation, expires_at) values (?, ?, ?)")
        .params(hash(code), conversation, Timestamp.from(now.plus(CODE_LIFETIME))).update();
    return code;
  }

  @Override
  public Optional<String> opened(String code, String chat) {
    Instant now = Instant.now(clock);
    String confirmation = String.format("%06d", RANDOM.nextInt(1_000_000));
    int taken = jdbc.sql("""
        update chat_join_code set joining_chat = ?, confirmation_hash = ?, confirm_by = ?
        where code_hash = ? and expires_at > ? and (joining_chat is null or joining_chat = ?)""")
        .params(chat, hash(confirmation), Timestamp.from(now.plus(CONFIRM_WITHIN)), hash(code),
            Timestamp.from(now), chat).update();
    return taken == 1 ? Optional.of(confirmation) : Optional.empty();
  }

  @Override
  public Optional<String> joining(String conversation) {
    return jdbc.sql("""
        select joining_chat from chat_join_code
        where conversation = ? and joining_chat is not null and confirm_by > ?""")
        .params(conversation, Timestamp.from(Instant.now(clock))).query(String.class)
        .optional();
  }

  @Override
  public Optional<String> confirm(String conversation, String confirmation) {
    Timestamp now = Timestamp.from(Instant.now(clock));
    Optional<String> chat = jdbc.sql("""
        select joining_chat from chat_join_code
        where conversation = ? and joining_chat is not null and confirm_by > ?
          and confirmation_hash = ? and attempts < ?""")
        .params(conversation, now, hash(confirmation), ATTEMPTS).query(String.class).optional();
    if (chat.isEmpty()) {
      jdbc.sql("update chat_join_code set attempts = attempts + 1 where conversation = ?")
          .param(conversation).update();
      jdbc.sql("delete from chat_join_code where conversation = ? and attempts >= ?")
          .params(conversation, ATTEMPTS).update();
      return Optional.empty();
    }
    if (jdbc.sql("delete from chat_join_code where conversation = ? and joining_chat = ?")
        .params(conversation, chat.get()).update() != 1) {
      return Optional.empty();
    }
    jdbc.sql("delete from chat_link where chat = ?").param(chat.get()).update();
    jdbc.sql("insert into chat_link (chat, conversation, linked_at) values (?, ?, ?)")
        .params(chat.get(), conversation, now).update();
    return chat;
  }

  @Override
  public Optional<String> conversationOf(String chat) {
    return jdbc.sql("select conversation from chat_link where chat = ?").param(chat)
        .query(String.class).optional();
  }

  @Override
  public List<String> chatsOf(String conversation) {
    return jdbc.sql("select chat from chat_link where conversation = ? order by linked_at")
        .param(conversation).query(String.class).list();
  }

  @Override
  public String name() {
    return "linkedChats";
  }

  @Override
  public Map<String, Object> export(String chatId) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("chats", chatsOf(chatId));
    conversationOf(chatId).ifPresent(c -> out.put("continues", c));
    return out;
  }

  @Override
  public void erase(String chatId) {
    jdbc.sql("delete from chat_link where conversation = ? or chat = ?").params(chatId, chatId)
        .update();
    jdbc.sql("delete from chat_join_code where conversation = ? or joining_chat = ?")
        .params(chatId, chatId).update();
  }

  private static String hash(String code) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(code.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
