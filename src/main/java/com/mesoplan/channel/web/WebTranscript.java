package com.mesoplan.channel.web;

import com.mesoplan.conversation.PersonalData;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the website's chat showed each chat, in order, so that a reload, a second tab or a
 * reconnect shows it again. A call is shown once however often it is sent (its id is unique).
 * Erased with the person.
 */
final class WebTranscript implements PersonalData {

  /** A shown call and its place in the chat. */
  record Shown(long id, WebCall call) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;

  WebTranscript(JdbcClient jdbc, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Shows the call; a second showing of the same call changes nothing. A file is kept for its
   * latest showing only: an earlier copy of the same file in the chat is dropped.
   */
  void show(WebCall call) {
    boolean file = call.file() != null && call.file().content() != null;
    if (file) {
      jdbc.sql("""
          update web_chat_message set file_base64 = null
          where chat = ? and file_name = ? and file_base64 is not null""")
          .params(call.chat(), call.file().name()).update();
    }
    try {
      jdbc.sql("""
          insert into web_chat_message (chat, call_id, body, file_name, file_base64, created_at)
          values (?, ?, ?, ?, ?, ?)""")
          .params(call.chat(), call.id(), json.writeValueAsString(call.withoutContent()),
              file ? call.file().name() : null,
              file ? Base64.getEncoder().encodeToString(call.file().content()) : null,
              Timestamp.from(Instant.now(clock))).update();
    } catch (DuplicateKeyException e) {
      // shown already: the sender was stopped between showing and settling it
    }
  }

  /**
   * Forgets chats opened a day ago that never began a conversation, and what was shown to chats
   * that are gone (the last words to an erased chat, once its page has had them).
   */
  int sweep(Instant openedBefore) {
    Timestamp before = Timestamp.from(openedBefore);
    int chats = jdbc.sql("""
        delete from web_chat where created_at < ?
          and not exists (select 1 from conversation c where c.chat_id = web_chat.chat)""")
        .param(before).update();
    int shown = jdbc.sql("""
        delete from web_chat_message where created_at < ?
          and not exists (select 1 from web_chat w where w.chat = web_chat_message.chat)""")
        .param(before).update();
    return chats + shown;
  }

  /**
   * The chat's calls after the given one, in order, at most {@code limit}; from the start (0),
   * the latest {@code limit} of them. Files are not read.
   */
  List<Shown> after(String chat, long after, int limit) {
    if (after <= 0) {
      List<Shown> latest = new ArrayList<>(jdbc.sql("""
          select id, body from web_chat_message where chat = ? order by id desc
          fetch first ? rows only""").params(chat, limit)
          .query((rs, row) -> new Shown(rs.getLong(1), read(rs.getString(2)))).list());
      Collections.reverse(latest);
      return latest;
    }
    return jdbc.sql("""
        select id, body from web_chat_message where chat = ? and id > ? order by id
        fetch first ? rows only""").params(chat, after, limit)
        .query((rs, row) -> new Shown(rs.getLong(1), read(rs.getString(2)))).list();
  }

  /** The chats shown something after the given call, and the newest call among them. */
  record Since(Set<String> chats, long newest) {}

  Since since(long after) {
    Set<String> chats = new HashSet<>();
    long[] newest = {after};
    jdbc.sql("select id, chat from web_chat_message where id > ? order by id fetch first 5000 "
        + "rows only").param(after).query((rs, row) -> {
          chats.add(rs.getString(2));
          newest[0] = Math.max(newest[0], rs.getLong(1));
          return null;
        }).list();
    return new Since(chats, newest[0]);
  }

  long newest() {
    return jdbc.sql("select coalesce(max(id), 0) from web_chat_message").query(Long.class)
        .single();
  }

  /** A picture or document the chat was shown, with its content. */
  Optional<WebCall.File> file(String chat, long id) {
    return jdbc.sql("""
        select body, file_base64 from web_chat_message
        where chat = ? and id = ? and file_base64 is not null""")
        .params(chat, id).query((rs, row) -> {
          WebCall.File file = read(rs.getString(1)).file();
          return new WebCall.File(file.name(), file.mediaType(), file.picture(),
              Base64.getDecoder().decode(rs.getString(2)));
        }).optional();
  }

  /** The question the chat's last message asks, if it asks one. */
  Optional<String> lastShown(String chat) {
    return jdbc.sql("""
        select body from web_chat_message where chat = ? order by id desc
        fetch first 10 rows only""").param(chat).query((rs, row) -> read(rs.getString(1)))
        .stream().filter(c -> c.kind() == WebCall.Kind.MESSAGE).findFirst()
        .flatMap(c -> Optional.ofNullable(c.shows()));
  }

  private WebCall read(String body) {
    return json.readValue(body, WebCall.class);
  }

  @Override
  public String name() {
    return "websiteChat";
  }

  @Override
  public Map<String, Object> export(String chatId) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (chatId.startsWith(WebChats.CHANNEL + ":")) {
      out.put("messagesShown", after(chatId, 0, 100_000).stream()
          .filter(s -> s.call().text() != null).map(s -> s.call().text()).toList());
    }
    return out;
  }

  /** A chat this server opened (its key may be used from now on). */
  void opened(String chat) {
    jdbc.sql("insert into web_chat (chat, created_at) values (?, ?)")
        .params(chat, Timestamp.from(Instant.now(clock))).update();
  }

  /** Whether this server opened the chat and it was not erased since. */
  boolean isOpen(String chat) {
    return jdbc.sql("select count(*) from web_chat where chat = ?").param(chat)
        .query(Long.class).single() > 0;
  }

  /** The chat and what it showed are gone: its key opens nothing any more. */
  @Override
  public void erase(String chatId) {
    jdbc.sql("delete from web_chat_message where chat = ?").param(chatId).update();
    jdbc.sql("delete from web_chat where chat = ?").param(chatId).update();
  }
}
