package com.mesoplan.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.Databases;
import com.mesoplan.MesoplanApplication;
import com.mesoplan.conversation.ConversationService;
import com.mesoplan.conversation.Incoming;
import com.mesoplan.conversation.Journeys;
import com.mesoplan.followup.AlertLevel;
import com.mesoplan.followup.Symptom;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The funnel and the check-in history on both databases: each person counts once per stage, by
 * the start of their latest pre-consultation and its campaign; a person who declines consent or
 * erases their data keeps counting under an id that names nobody; check-ins are erased.
 */
class JourneysIT {

  @TempDir
  Path dataDir;

  @ParameterizedTest
  @ValueSource(strings = {Databases.H2, Databases.POSTGRES})
  void theFunnelCountsPeopleOncePerStageAndForgetsWhoTheyWere(String kind) {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
        "--mesoplan.console=false"));
    args.addAll(Databases.arguments(kind, dataDir));
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(
        MesoplanApplication.class).run(args.toArray(String[]::new))) {
      ConversationService chat = app.getBean(ConversationService.class);
      Journeys journeys = app.getBean(Journeys.class);
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      List.of("/start ad1", "1", "40", "/back", "40").forEach(line -> say(chat, "a", line));
      List.of("/start ad1", "2").forEach(line -> say(chat, "b", line));
      say(chat, "c", "/start");
      Instant since = Instant.now().minus(1, ChronoUnit.DAYS);

      Map<String, Long> ad1 = journeys.funnel(since, Optional.of("ad1"));
      assertThat(ad1).containsEntry("started", 2L).containsEntry("question:consent", 2L)
          .containsEntry("consented", 1L).containsEntry("question:age", 1L)
          .containsEntry("question:hard-stops", 1L).containsEntry("result:declined", 1L);
      assertThat(journeys.funnel(since, Optional.empty())).containsEntry("started", 3L);
      assertThat(journeys.campaigns(since)).containsExactly("ad1");
      assertThat(jdbc.sql("select count(*) from funnel_step where chat_id = 'b'")
          .query(Long.class).single()).as("declining consent leaves nothing that names b")
          .isZero();

      say(chat, "a", "/restart");
      assertThat(journeys.funnel(since, Optional.of("ad1"))).as("a restart is a new start, "
          + "from the same campaign").containsEntry("started", 2L)
          .doesNotContainKey("consented");
      assertThat(journeys.funnel(since, Optional.empty())).containsEntry("started", 3L);

      journeys.checkedIn("c", AlertLevel.EMERGENCY, Set.of(Symptom.VISION_CHANGE));
      assertThat(journeys.checkIns("c")).singleElement().satisfies(c -> {
        assertThat(c.level()).isEqualTo(AlertLevel.EMERGENCY);
        assertThat(c.symptoms()).containsExactly(Symptom.VISION_CHANGE);
      });
      assertThat(say(chat, "c", "/export")).isNotEmpty();
      say(chat, "c", "/delete confirm");
      assertThat(journeys.checkIns("c")).isEmpty();
      assertThat(jdbc.sql("select count(*) from funnel_step where chat_id = 'c'")
          .query(Long.class).single()).isZero();
      assertThat(journeys.funnel(since, Optional.empty())).containsEntry("started", 3L);
    }
  }

  private static String say(ConversationService chat, String chatId, String line) {
    return chat.handle(chatId, Incoming.fromLine(line), Optional.of("en")).messages().stream()
        .map(m -> m.text()).reduce("", String::concat);
  }
}
