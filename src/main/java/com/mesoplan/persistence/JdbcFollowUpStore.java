package com.mesoplan.persistence;

import com.mesoplan.conversation.FollowUp;
import com.mesoplan.conversation.FollowUpStore;
import com.mesoplan.conversation.PersonalData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Follow-ups in the {@code follow_up} table. */
final class JdbcFollowUpStore implements FollowUpStore, PersonalData {

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcFollowUpStore(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Optional<FollowUp> find(String chatId) {
    return jdbc.sql("""
        select chat_id, status, sessions_done, language, time_zone from follow_up
        where chat_id = ?""").param(chatId).query(JdbcFollowUpStore::followUp).optional();
  }

  @Override
  public List<FollowUp> notStopped() {
    return jdbc.sql("""
        select chat_id, status, sessions_done, language, time_zone from follow_up
        where status <> 'STOPPED' order by updated_at desc""")
        .query(JdbcFollowUpStore::followUp).list();
  }

  private static FollowUp followUp(ResultSet rs, int row) throws SQLException {
    return new FollowUp(rs.getString("chat_id"), FollowUp.Status.valueOf(rs.getString("status")),
        rs.getInt("sessions_done"), rs.getString("language"),
        Optional.ofNullable(rs.getString("time_zone")).map(ZoneId::of));
  }

  @Override
  public void save(FollowUp f) {
    Timestamp now = Timestamp.from(Instant.now(clock));
    int updated = jdbc.sql("""
        update follow_up set status = ?, sessions_done = ?, language = ?, time_zone = ?,
          updated_at = ?
        where chat_id = ?""")
        .params(f.status().name(), f.sessionsDone(), f.language(), zone(f), now, f.chatId())
        .update();
    if (updated == 0) {
      jdbc.sql("""
          insert into follow_up (chat_id, status, sessions_done, language, time_zone,
            updated_at)
          values (?, ?, ?, ?, ?, ?)""")
          .params(f.chatId(), f.status().name(), f.sessionsDone(), f.language(), zone(f), now)
          .update();
    }
  }

  private static String zone(FollowUp f) {
    return f.timeZone().map(ZoneId::getId).orElse(null);
  }

  @Override
  public String name() {
    return "followUp";
  }

  @Override
  public Map<String, Object> export(String chatId) {
    Map<String, Object> out = new LinkedHashMap<>();
    find(chatId).ifPresent(f -> {
      out.put("status", f.status().name());
      out.put("sessionsDone", f.sessionsDone());
      out.put("language", f.language());
      f.timeZone().ifPresent(z -> out.put("timeZone", z.getId()));
    });
    return out;
  }

  @Override
  public void erase(String chatId) {
    jdbc.sql("delete from follow_up where chat_id = ?").param(chatId).update();
  }
}
