package com.mesoplan.persistence;

import com.mesoplan.conversation.AuditTrail;
import com.mesoplan.conversation.PersonalData;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit trail in the {@code audit} table. A person sees in their export who handled their
 * data; erasing them keeps each entry but removes their id from it.
 */
final class JdbcAuditTrail implements AuditTrail, PersonalData {

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcAuditTrail(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void record(String actor, String action, Optional<String> person) {
    jdbc.sql("insert into audit (at, actor, action, person) values (?, ?, ?, ?)")
        .params(Timestamp.from(Instant.now(clock)), actor, action, person.orElse(null)).update();
  }

  @Override
  public List<Entry> recent(int limit) {
    return jdbc.sql("""
        select id, at, actor, action, person, person_erased from audit order by id desc
        fetch first ? rows only""").param(limit).query(JdbcAuditTrail::entry).list();
  }

  @Override
  public List<Entry> about(String person, int limit) {
    return jdbc.sql("""
        select id, at, actor, action, person, person_erased from audit where person = ?
        order by id desc fetch first ? rows only""").params(person, limit)
        .query(JdbcAuditTrail::entry).list();
  }

  private static Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
        rs.getString("action"), Optional.ofNullable(rs.getString("person")),
        rs.getBoolean("person_erased"));
  }

  @Override
  public String name() {
    return "handledBy";
  }

  @Override
  public Map<String, Object> export(String chatId) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("actions", jdbc.sql("""
        select at, actor, action from audit where person = ? order by id""").param(chatId)
        .query((rs, row) -> rs.getTimestamp("at").toInstant() + " · " + rs.getString("actor")
            + " · " + rs.getString("action")).list());
    return out;
  }

  @Override
  public void erase(String chatId) {
    jdbc.sql("update audit set person = null, person_erased = true where person = ?")
        .param(chatId).update();
  }
}
