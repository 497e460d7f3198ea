package com.mesoplan.persistence;

import com.mesoplan.conversation.FunnelStage;
import com.mesoplan.conversation.Journeys;
import com.mesoplan.conversation.PersonalData;
import com.mesoplan.followup.AlertLevel;
import com.mesoplan.followup.Symptom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The funnel ({@code funnel_step}: one row per person and stage, counted by the start of their
 * latest pre-consultation) and check-in history ({@code check_in}). A person who declines
 * consent or is erased keeps counting in the funnel under a random id that names nobody.
 */
final class JdbcJourneys implements Journeys, PersonalData {

  private final JdbcClient jdbc;
  private final Clock clock;
  /**
   * The stages each recent chat is known to have reached, so that a question asked again (or
   * "consented", met on every question) costs no statement. Noted after the turn commits: a
   * turn rolled back and taken again records its stages again.
   */
  private final Cache<String, Set<String>> known = Caffeine.newBuilder()
      .maximumSize(100_000).expireAfterAccess(Duration.ofHours(1)).build();

  JdbcJourneys(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  private Timestamp now() {
    return Timestamp.from(Instant.now(clock));
  }

  @Override
  public void started(String chatId, Optional<String> campaign) {
    known.invalidate(chatId);
    jdbc.sql("delete from funnel_step where chat_id = ?").param(chatId).update();
    jdbc.sql("insert into funnel_step (chat_id, stage, campaign, at) values (?, ?, ?, ?)")
        .params(chatId, STARTED, campaign.orElse(null), now()).update();
  }

  @Override
  public void reached(String chatId, FunnelStage stage) {
    Set<String> stages = known.getIfPresent(chatId);
    if (stages != null && stages.contains(stage.key())) {
      return;
    }
    jdbc.sql("""
        insert into funnel_step (chat_id, stage, at)
        select chat_id, ?, ? from funnel_step s where s.chat_id = ? and s.stage = ?
          and not exists (select 1 from funnel_step x where x.chat_id = ? and x.stage = ?)""")
        .params(stage.key(), now(), chatId, STARTED, chatId, stage.key()).update();
    afterCommit(() -> known.get(chatId, id -> ConcurrentHashMap.newKeySet()).add(stage.key()));
    if (stage instanceof FunnelStage.Outcome outcome
        && outcome.result().equals(FunnelStage.Outcome.DECLINED)) {
      anonymise(chatId, false);
    }
  }

  @Override
  public void checkedIn(String chatId, AlertLevel level, Set<Symptom> symptoms) {
    jdbc.sql("insert into check_in (chat_id, level, symptoms, at) values (?, ?, ?, ?)")
        .params(chatId, level.name(), symptoms.stream().map(Symptom::name).sorted()
            .collect(Collectors.joining(",")), now()).update();
  }

  @Override
  public List<CheckIn> checkIns(String chatId) {
    return jdbc.sql("select level, symptoms, at from check_in where chat_id = ? order by id desc")
        .param(chatId).query((rs, row) -> new CheckIn(rs.getTimestamp("at").toInstant(),
            AlertLevel.valueOf(rs.getString("level")), symptoms(rs.getString("symptoms"))))
        .list();
  }

  private static Set<Symptom> symptoms(String stored) {
    return stored.isEmpty() ? Set.of() : Arrays.stream(stored.split(","))
        .map(Symptom::valueOf).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public Map<String, Long> funnel(Instant since, Optional<String> campaign) {
    Map<String, Long> counts = new LinkedHashMap<>();
    String sql = """
        select f.stage, count(*) as people from funnel_step f
        join funnel_step s on s.chat_id = f.chat_id and s.stage = ?
        where s.at >= ?""" + (campaign.isPresent() ? " and s.campaign = ?" : "")
        + " group by f.stage";
    List<Object> params = new java.util.ArrayList<>(List.of(STARTED, Timestamp.from(since)));
    campaign.ifPresent(params::add);
    jdbc.sql(sql).params(params).query(rs -> {
      counts.put(rs.getString("stage"), rs.getLong("people"));
    });
    return counts;
  }

  @Override
  public List<String> campaigns(Instant since) {
    return jdbc.sql("""
        select distinct campaign from funnel_step where stage = ? and at >= ?
          and campaign is not null order by campaign""")
        .params(STARTED, Timestamp.from(since)).query(String.class).list();
  }

  @Override
  public String name() {
    return "journey";
  }

  @Override
  public Map<String, Object> export(String chatId) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("stagesReached", jdbc.sql(
        "select stage from funnel_step where chat_id = ? order by at, stage").param(chatId)
        .query(String.class).list());
    out.put("checkIns", checkIns(chatId).stream().map(c -> Map.of("at", c.at().toString(),
        "level", c.level().name(), "symptoms", c.symptoms().stream().map(Symptom::name)
            .sorted().toList())).toList());
    return out;
  }

  @Override
  public void erase(String chatId) {
    jdbc.sql("delete from check_in where chat_id = ?").param(chatId).update();
    anonymise(chatId, true);
  }

  /**
   * The person's steps keep counting under a random id. Erased, they lose their campaign too
   * (it came with their own /start); declining consent keeps it, so a campaign's funnel still
   * shows who declined.
   */
  private static void afterCommit(Runnable action) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      action.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        action.run();
      }
    });
  }

  private void anonymise(String chatId, boolean withCampaign) {
    known.invalidate(chatId);
    jdbc.sql("update funnel_step set chat_id = ?" + (withCampaign ? ", campaign = null" : "")
        + " where chat_id = ?").params("erased:" + UUID.randomUUID(), chatId).update();
  }
}
