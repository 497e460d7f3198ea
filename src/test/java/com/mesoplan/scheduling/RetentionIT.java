package com.mesoplan.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.Databases;
import com.mesoplan.MesoplanApplication;
import com.mesoplan.PersonTraces;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Data is kept as long as /privacy says and no longer: abandoned conversations, follow-ups long
 * past their last session, safety records past the clinic's record period and old audit entries
 * go; recent conversations and people in treatment stay. What retention erases leaves no trace
 * in any table.
 */
class RetentionIT {

  @TempDir
  Path dataDir;

  private ConfigurableApplicationContext start(String kind) {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
        "--mesoplan.console=false", "--mesoplan.retention.abandoned-after=P30D",
        "--mesoplan.retention.follow-up-ends-after=P60D",
        "--mesoplan.retention.safety-records=P1Y", "--mesoplan.retention.audit-trail=P2Y"));
    args.addAll(Databases.arguments(kind, dataDir));
    return new SpringApplicationBuilder(MesoplanApplication.class).run(args.toArray(String[]::new));
  }

  private static Timestamp ago(Duration duration) {
    return Timestamp.from(Instant.now().minus(duration));
  }

  private static void conversation(JdbcClient jdbc, String chat, Duration idle) {
    jdbc.sql("""
        insert into conversation (chat_id, dialog_id, dialog_version, step_id, path, answers,
          language, language_chosen, source, version, updated_at)
        values (?, 'pre-consultation', 1, 'goal', '[]', '{}', 'en', false, null, 1, ?)""")
        .params(chat, ago(idle)).update();
    jdbc.sql("insert into treatment_plan (chat_id, plan, created_at) values (?, '{}', ?)")
        .params(chat, ago(idle)).update();
  }

  private static void followUp(JdbcClient jdbc, String chat, String status, Duration since) {
    jdbc.sql("""
        insert into follow_up (chat_id, status, sessions_done, language, updated_at)
        values (?, ?, 2, 'en', ?)""").params(chat, status, ago(since)).update();
  }

  private static long rows(JdbcClient jdbc, String chat) {
    return jdbc.sql("select count(*) from conversation where chat_id = ?").param(chat)
        .query(Long.class).single()
        + jdbc.sql("select count(*) from treatment_plan where chat_id = ?").param(chat)
        .query(Long.class).single();
  }

  private static String status(JdbcClient jdbc, String chat) {
    return jdbc.sql("select status from follow_up where chat_id = ?").param(chat)
        .query(String.class).optional().orElse("none");
  }

  @ParameterizedTest
  @ValueSource(strings = {Databases.H2, Databases.POSTGRES})
  void eachKindOfDataGoesWhenItsPeriodIsOverAndNotBefore(String kind) {
    try (ConfigurableApplicationContext app = start(kind)) {
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      conversation(jdbc, "console:old", Duration.ofDays(40));
      conversation(jdbc, "console:recent", Duration.ofDays(2));
      conversation(jdbc, "console:in-treatment", Duration.ofDays(40));
      followUp(jdbc, "console:in-treatment", "ACTIVE", Duration.ofDays(1));
      conversation(jdbc, "console:ended-lately", Duration.ofDays(400));
      followUp(jdbc, "console:ended-lately", "STOPPED", Duration.ofDays(3));
      conversation(jdbc, "console:safety-recent", Duration.ofDays(200));
      followUp(jdbc, "console:safety-recent", "SAFETY_PAUSE", Duration.ofDays(200));
      conversation(jdbc, "console:safety-old", Duration.ofDays(400));
      followUp(jdbc, "console:safety-old", "SAFETY_PAUSE", Duration.ofDays(400));
      jdbc.sql("insert into audit (at, actor, action) values (?, 'API key', 'GET /api/v1/flags')")
          .param(ago(Duration.ofDays(800))).update();
      jdbc.sql("insert into audit (at, actor, action) values (?, 'API key', 'GET /api/v1/leads')")
          .param(ago(Duration.ofDays(700))).update();

      assertThat(app.getBean(Retention.class).eraseExpired()).isEqualTo(2);

      assertThat(rows(jdbc, "console:old")).isZero();
      assertThat(rows(jdbc, "console:safety-old")).isZero();
      assertThat(status(jdbc, "console:safety-old")).isEqualTo("none");
      assertThat(rows(jdbc, "console:recent")).isEqualTo(2);
      assertThat(rows(jdbc, "console:in-treatment")).isEqualTo(2);
      assertThat(rows(jdbc, "console:ended-lately")).as("kept for 30 days after its end")
          .isEqualTo(2);
      assertThat(rows(jdbc, "console:safety-recent")).isEqualTo(2);
      assertThat(jdbc.sql("select action from audit where actor = 'API key'").query(String.class)
          .list()).containsExactly("GET /api/v1/leads");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {Databases.H2, Databases.POSTGRES})
  void aFollowUpEndsByItselfLongAfterItsLastSessionAndIsThenErasedWithNoTraceLeft(String kind)
      throws Exception {
    String chat = "telegram:987654321";
    try (ConfigurableApplicationContext app = start(kind)) {
      PersonTraces.leaveEverything(app, chat);
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      Retention retention = app.getBean(Retention.class);
      assertThat(retention.eraseExpired()).isZero();
      assertThat(status(jdbc, chat)).isEqualTo("ACTIVE");

      // the last planned session is now further back than the follow-up's 60 days
      String plan = jdbc.sql("select plan from treatment_plan where chat_id = ?").param(chat)
          .query(String.class).single();
      jdbc.sql("update treatment_plan set plan = ? where chat_id = ?")
          .params(plan.replaceAll("\"20\\d\\d-\\d\\d-\\d\\d\"", "\"2020-01-01\""), chat).update();
      assertThat(retention.eraseExpired()).isZero();
      assertThat(status(jdbc, chat)).isEqualTo("STOPPED");
      assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_instance like ?")
          .param(chat + "|%").query(Long.class).single()).isZero();

      // then the usual retention: 30 days without activity after the end
      jdbc.sql("update conversation set updated_at = ? where chat_id = ?")
          .params(ago(Duration.ofDays(31)), chat).update();
      jdbc.sql("update follow_up set updated_at = ? where chat_id = ?")
          .params(ago(Duration.ofDays(31)), chat).update();
      assertThat(PersonTraces.in(jdbc, dataDir.resolve("files"), "987654321",
          PersonTraces.TYPED)).isNotEmpty();
      assertThat(retention.eraseExpired()).isEqualTo(1);
      assertThat(PersonTraces.in(jdbc, dataDir.resolve("files"), "987654321",
          PersonTraces.TYPED)).isEmpty();
    }
  }
}
