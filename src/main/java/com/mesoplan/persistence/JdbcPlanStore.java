package com.mesoplan.persistence;

import com.mesoplan.conversation.ConversationRepository;
import com.mesoplan.conversation.PersonalData;
import com.mesoplan.conversation.PlanStore;
import com.mesoplan.recommendation.TreatmentPlan;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plans in the {@code treatment_plan} table, and the person's conversation and plan as
 * personal data: what /export shows and /delete erases.
 */
final class JdbcPlanStore implements PlanStore, PersonalData {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;
  private final ConversationRepository conversations;

  JdbcPlanStore(JdbcClient jdbc, JsonMapper json, Clock clock,
      ConversationRepository conversations) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
    this.conversations = conversations;
  }

  @Override
  public void save(String chatId, TreatmentPlan plan) {
    String body = json.writeValueAsString(PlanJson.write(plan));
    Timestamp now = Timestamp.from(Instant.now(clock));
    if (jdbc.sql("update treatment_plan set plan = ?, created_at = ? where chat_id = ?")
        .params(body, now, chatId).update() == 0) {
      jdbc.sql("insert into treatment_plan (chat_id, plan, created_at) values (?, ?, ?)")
          .params(chatId, body, now).update();
    }
  }

  @Override
  public Optional<TreatmentPlan> find(String chatId) {
    return jdbc.sql("select plan from treatment_plan where chat_id = ?").param(chatId)
        .query(String.class).optional().map(body -> PlanJson.read(json.readValue(body, MAP)));
  }

  @Override
  public String name() {
    return "preConsultation";
  }

  @Override
  public Map<String, Object> export(String chatId) {
    Map<String, Object> out = new LinkedHashMap<>();
    jdbc.sql("""
        select dialog_id, dialog_version, step_id, answers, language, source, updated_at
        from conversation where chat_id = ?""").param(chatId).query().listOfRows()
        .forEach(row -> {
          out.put("dialog", row.get("dialog_id") + " v" + row.get("dialog_version"));
          out.put("currentStep", row.get("step_id"));
          out.put("answers", json.readValue((String) row.get("answers"), MAP));
          out.put("language", row.get("language"));
          out.put("source", row.get("source"));
          out.put("updatedAt", String.valueOf(row.get("updated_at")));
        });
    jdbc.sql("select plan, created_at from treatment_plan where chat_id = ?").param(chatId)
        .query().listOfRows().forEach(row -> {
          out.put("plan", json.readValue((String) row.get("plan"), MAP));
          out.put("planCreatedAt", String.valueOf(row.get("created_at")));
        });
    return out;
  }

  @Override
  public void erase(String chatId) {
    jdbc.sql("delete from treatment_plan where chat_id = ?").param(chatId).update();
    conversations.delete(chatId);
  }
}
