package com.mesoplan.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.MesoplanApplication;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Abandoned conversations are erased; recent ones and people in treatment are kept. */
class RetentionIT {

  @TempDir
  Path dataDir;

  private static void conversation(JdbcClient jdbc, String chat, Duration idle) {
    Timestamp at = Timestamp.from(Instant.now().minus(idle));
    jdbc.sql("""
        insert into conversation (chat_id, dialog_id, dialog_version, step_id, path, answers,
          language, language_chosen, source, version, updated_at)
        values (?, 'pre-consultation', 1, 'goal', '[]', '{}', 'en', false, null, 1, ?)""")
        .params(chat, at).update();
    jdbc.sql("insert into treatment_plan (chat_id, plan, created_at) values (?, '{}', ?)")
        .params(chat, at).update();
  }

  private static long rows(JdbcClient jdbc, String chat) {
    return jdbc.sql("select count(*) from conversation where chat_id = ?").param(chat)
        .query(Long.class).single()
        + jdbc.sql("select count(*) from treatment_plan where chat_id = ?").param(chat)
        .query(Long.class).single();
  }

  @Test
  void idleConversationsAreErasedEverywhereAndPeopleInTreatmentAreKept() {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(
        MesoplanApplication.class).run("--server.port=0", "--mesoplan.data-dir=" + dataDir,
        "--mesoplan.console=false", "--mesoplan.retention.abandoned-after=P30D")) {
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      conversation(jdbc, "console:old", Duration.ofDays(40));
      conversation(jdbc, "console:recent", Duration.ofDays(2));
      conversation(jdbc, "console:in-treatment", Duration.ofDays(40));
      jdbc.sql("""
          insert into follow_up (chat_id, status, sessions_done, language, updated_at)
          values ('console:in-treatment', 'ACTIVE', 2, 'en', ?)""")
          .param(Timestamp.from(Instant.now())).update();

      assertThat(app.getBean(Retention.class).eraseAbandoned()).isEqualTo(1);

      assertThat(rows(jdbc, "console:old")).isZero();
      assertThat(rows(jdbc, "console:recent")).isEqualTo(2);
      assertThat(rows(jdbc, "console:in-treatment")).isEqualTo(2);
    }
  }
}
