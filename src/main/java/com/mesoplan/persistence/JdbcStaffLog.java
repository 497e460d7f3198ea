package com.mesoplan.persistence;

import com.mesoplan.conversation.PersonalData;
import com.mesoplan.conversation.StaffLog;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Shared pre-consultations and red flags in the {@code lead} and {@code red_flag} tables. */
final class JdbcStaffLog implements StaffLog, PersonalData {

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcStaffLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  private Timestamp now() {
    return Timestamp.from(Instant.now(clock));
  }

  @Override
  public void lead(String chatId, String summary) {
    jdbc.sql("insert into lead (chat_id, summary, created_at) values (?, ?, ?)")
        .params(chatId, summary, now()).update();
  }

  @Override
  public void flag(String chatId, String level, String symptoms) {
    jdbc.sql("insert into red_flag (chat_id, level, symptoms, created_at) values (?, ?, ?, ?)")
        .params(chatId, level, symptoms, now()).update();
  }

  @Override
  public List<Lead> recentLeads(int limit) {
    return jdbc.sql("""
        select id, chat_id, summary, created_at from lead order by id desc
        fetch first ? rows only""").param(limit)
        .query((rs, row) -> new Lead(rs.getLong("id"), rs.getString("chat_id"),
            rs.getString("summary"), rs.getTimestamp("created_at").toInstant()))
        .list();
  }

  @Override
  public List<Flag> openFlags() {
    return jdbc.sql("""
        select id, chat_id, level, symptoms, created_at from red_flag
        where handled_at is null order by id""")
        .query((rs, row) -> new Flag(rs.getLong("id"), rs.getString("chat_id"),
            rs.getString("level"), rs.getString("symptoms"),
            rs.getTimestamp("created_at").toInstant())).list();
  }

  @Override
  public boolean handle(long flagId) {
    return jdbc.sql("update red_flag set handled_at = ? where id = ? and handled_at is null")
        .params(now(), flagId).update() == 1;
  }

  @Override
  public String name() {
    return "sharedWithClinic";
  }

  @Override
  public Map<String, Object> export(String chatId) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("preConsultationsShared", jdbc.sql(
        "select summary from lead where chat_id = ? order by id").param(chatId)
        .query(String.class).list());
    out.put("redFlags", jdbc.sql("""
        select level || ': ' || symptoms from red_flag where chat_id = ? order by id""")
        .param(chatId).query(String.class).list());
    return out;
  }

  @Override
  public void erase(String chatId) {
    jdbc.sql("delete from lead where chat_id = ?").param(chatId).update();
    jdbc.sql("delete from red_flag where chat_id = ?").param(chatId).update();
  }
}
