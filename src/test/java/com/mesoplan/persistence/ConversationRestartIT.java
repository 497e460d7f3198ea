package com.mesoplan.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.MesoplanApplication;
import com.mesoplan.conversation.ConversationRepository;
import com.mesoplan.conversation.ConversationService;
import com.mesoplan.conversation.Incoming;
import com.mesoplan.conversation.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import com.mesoplan.Databases;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application stops between two answers and starts again on the same H2 file. */
class ConversationRestartIT {

  @TempDir
  Path dataDir;

  private List<String> database;

  private ConfigurableApplicationContext start() {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
        "--mesoplan.console=false"));
    args.addAll(database);
    return new SpringApplicationBuilder(MesoplanApplication.class).run(args.toArray(String[]::new));
  }

  private static String send(ConfigurableApplicationContext app, String line) {
    Reply reply = app.getBean(ConversationService.class)
        .handle("restart-chat", Incoming.fromLine(line), Optional.of("en"));
    return reply.messages().stream().map(Reply.Message::text).reduce("", String::concat);
  }

  @ParameterizedTest
  @ValueSource(strings = {Databases.H2, Databases.POSTGRES})
  void theConversationContinuesAtTheSameQuestionWithTheSameAnswers(String kind) {
    database = Databases.arguments(kind, dataDir);
    try (ConfigurableApplicationContext first = start()) {
      send(first, "/start");
      send(first, "1");
      send(first, "40");
      send(first, "4");
      assertThat(send(first, "2")).contains("Question 5 of 14");
    }
    assertThat(Files.exists(dataDir.resolve("mesoplan.mv.db"))).isEqualTo(kind.equals(Databases.H2));
    try (ConfigurableApplicationContext second = start()) {
      var stored = second.getBean(ConversationRepository.class).find("restart-chat").orElseThrow();
      assertThat(stored.dialog().answers()).containsEntry("cautions", "autoimmune");
      Reply back = second.getBean(ConversationService.class)
          .handle("restart-chat", Incoming.fromLine("/back"), Optional.of("en"));
      assertThat(back.messages().get(0).text()).contains("Question 4 of 14");
      assertThat(back.messages().get(0).buttons()).filteredOn(Reply.Button::ticked)
          .extracting(Reply.Button::label)
          .containsExactly("Autoimmune disease or immune-suppressing medicines");
      assertThat(send(second, "7")).contains("Question 5 of 14");
    }
  }
}
