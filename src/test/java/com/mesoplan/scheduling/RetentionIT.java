package com.mesoplan.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.MesoplanApplication;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import com.mesoplan.Databases;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

  @ParameterizedTest
  @ValueSource(strings = {Databases.H2, Databases.POSTGRES})
  void idleConversationsAreErasedEverywhereAndPeopleInTreatmentAreKept(String kind) {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0", "--mesoplan.console=false",
        "--mesoplan.retention.abandoned-after=P30D"));
    args.addAll(Databases.arguments(kind, dataDir));
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(
        MesoplanApplication.class).run(args.toArray(String[]::new))) {
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
