package com.mesoplan.persistence;

import com.mesoplan.conversation.PersonalData;
import com.mesoplan.conversation.StaffLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Shared pre-consultations and red flags in the {@code lead} and {@code clinic_case} tables. */
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
  public LeadShared lead(String chatId, String summary) {
    Optional<Map.Entry<Long, String>> known = jdbc.sql(
            "select id, summary from lead where chat_id = ? for update").param(chatId)
        .query((rs, row) -> Map.entry(rs.getLong("id"), rs.getString("summary"))).optional();
    if (known.isEmpty()) {
      KeyHolder id = new GeneratedKeyHolder();
      jdbc.sql("""
          insert into lead (chat_id, summary, created_at, updated_at) values (?, ?, ?, ?)""")
          .params(chatId, summary, now(), now()).update(id, "id");
      return new LeadShared(Objects.requireNonNull(id.getKey()).longValue(), Shared.NEW);
    }
    long id = known.get().getKey();
    if (known.get().getValue().equals(summary)) {
      return new LeadShared(id, Shared.UNCHANGED);
    }
    jdbc.sql("update lead set summary = ?, updated_at = ? where id = ?")
        .params(summary, now(), id).update();
    return new LeadShared(id, Shared.UPDATED);
  }

  @Override
  public void flag(String chatId, String level, String symptoms) {
    jdbc.sql("insert into clinic_case (chat_id, level, symptoms, created_at) values (?, ?, ?, ?)")
        .params(chatId, level, symptoms, now()).update();
  }

  @Override
  public List<Lead> recentLeads(int limit) {
    return jdbc.sql("""
        select id, chat_id, summary, updated_at, contacted_at from lead
        order by updated_at desc, id desc fetch first ? rows only""").param(limit)
        .query(JdbcStaffLog::lead).list();
  }

  @Override
  public Optional<Lead> leadOf(String chatId) {
    return jdbc.sql("""
        select id, chat_id, summary, updated_at, contacted_at from lead where chat_id = ?""")
        .param(chatId).query(JdbcStaffLog::lead).optional();
  }

  @Override
  public List<Lead> uncontactedLeads(int limit) {
    return jdbc.sql("""
        select id, chat_id, summary, updated_at, contacted_at from lead
        where contacted_at is null order by updated_at, id fetch first ? rows only""")
        .param(limit).query(JdbcStaffLog::lead).list();
  }

  private static Lead lead(ResultSet rs, int row) throws SQLException {
    Timestamp contacted = rs.getTimestamp("contacted_at");
    return new Lead(rs.getLong("id"), rs.getString("chat_id"), rs.getString("summary"),
        rs.getTimestamp("updated_at").toInstant(),
        Optional.ofNullable(contacted).map(Timestamp::toInstant));
  }

  @Override
  public Optional<String> contacted(long leadId, String actor) {
    Optional<String> person = jdbc.sql("select chat_id from lead where id = ?").param(leadId)
        .query(String.class).optional();
    person.ifPresent(chat -> jdbc.sql("""
        update lead set contacted_at = ?, contacted_by = ? where id = ? and contacted_at is null""")
        .params(now(), actor, leadId).update());
    return person;
  }

  @Override
  public List<Flag> openFlags() {
    return jdbc.sql("""
        select id, chat_id, level, symptoms, created_at from clinic_case
        where handled_at is null and kind = 'RED_FLAG' order by id""")
        .query((rs, row) -> new Flag(rs.getLong("id"), rs.getString("chat_id"),
            rs.getString("level"), rs.getString("symptoms"),
            rs.getTimestamp("created_at").toInstant())).list();
  }

  @Override
  public List<Long> openFlagsOf(String chatId) {
    return jdbc.sql("""
        select id from clinic_case where chat_id = ? and handled_at is null and kind = 'RED_FLAG'
        order by id""")
        .param(chatId).query(Long.class).list();
  }

  @Override
  public Optional<String> handle(long flagId) {
    Optional<String> person = jdbc.sql(
            "select chat_id from clinic_case where id = ? and handled_at is null "
                + "and kind = 'RED_FLAG'").param(flagId)
        .query(String.class).optional();
    person.ifPresent(chat -> jdbc.sql("update clinic_case set handled_at = ? where id = ?")
        .params(now(), flagId).update());
    return person;
  }

  @Override
  public long review(String chatId, String cautions) {
    Optional<Long> open = jdbc.sql("""
        select id from clinic_case where chat_id = ? and kind = 'PLAN_REVIEW'
          and handled_at is null""").param(chatId).query(Long.class).optional();
    if (open.isPresent()) {
      jdbc.sql("update clinic_case set symptoms = ?, created_at = ? where id = ?")
          .params(cautions, now(), open.get()).update();
      return open.get();
    }
    KeyHolder id = new GeneratedKeyHolder();
    jdbc.sql("""
        insert into clinic_case (chat_id, level, symptoms, created_at, kind)
        values (?, 'PROVISIONAL', ?, ?, 'PLAN_REVIEW')""").params(chatId, cautions, now())
        .update(id, "id");
    return Objects.requireNonNull(id.getKey()).longValue();
  }

  @Override
  public List<Review> openReviews() {
    return jdbc.sql("""
        select id, chat_id, symptoms, created_at from clinic_case
        where handled_at is null and kind = 'PLAN_REVIEW' order by id""")
        .query((rs, row) -> new Review(rs.getLong("id"), rs.getString("chat_id"),
            rs.getString("symptoms"), rs.getTimestamp("created_at").toInstant())).list();
  }

  @Override
  public Optional<Case> settle(long id) {
    Optional<Case> open = jdbc.sql("""
        select id, chat_id, kind from clinic_case where id = ? and handled_at is null""")
        .param(id).query((rs, row) -> new Case(rs.getLong("id"), rs.getString("chat_id"),
            Case.Kind.valueOf(rs.getString("kind")))).optional();
    open.ifPresent(c -> jdbc.sql("update clinic_case set handled_at = ? where id = ?")
        .params(now(), id).update());
    return open;
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
        select level || ': ' || symptoms from clinic_case where chat_id = ? and kind = 'RED_FLAG'
        order by id""")
        .param(chatId).query(String.class).list());
    return out;
  }

  @Override
  public void erase(String chatId) {
    jdbc.sql("delete from lead where chat_id = ?").param(chatId).update();
    jdbc.sql("delete from clinic_case where chat_id = ?").param(chatId).update();
  }
}
