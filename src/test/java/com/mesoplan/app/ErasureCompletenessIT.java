package com.mesoplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.Databases;
import com.mesoplan.MesoplanApplication;
import com.mesoplan.PersonTraces;
import com.mesoplan.channel.console.ConsoleChat;
import com.mesoplan.conversation.ConversationService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After /delete nothing about the person is left: every table the database itself lists (so a
 * new table cannot be forgotten) and every file under {@code data/files/} is searched for their
 * id and what they typed. (After retention: {@code RetentionIT}.)
 */
class ErasureCompletenessIT {

  @TempDir
  Path dataDir;

  private ConfigurableApplicationContext start(String kind) {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
        "--mesoplan.console=false"));
    args.addAll(Databases.arguments(kind, dataDir));
    return new SpringApplicationBuilder(MesoplanApplication.class).run(args.toArray(String[]::new));
  }

  private static String terminal(ConfigurableApplicationContext app, Path files, String lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ConsoleChat(app.getBean(ConversationService.class),
        app.getBean(com.mesoplan.conversation.UnitOfWork.class), new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), Optional.of("en"), () -> { },
        files).run();
    return out.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {Databases.H2, Databases.POSTGRES})
  void deleteLeavesNothingOfThePersonInAnyTableOrFile(String kind) throws Exception {
    Path files = dataDir.resolve("files");
    try (ConfigurableApplicationContext app = start(kind)) {
      PersonTraces.leaveEverything(app, ConsoleChat.CHAT_ID);
      String screen = terminal(app, files, "/plan\n/calendar\n/export\n");
      assertThat(screen).contains("mesoplan-plan.png").contains("mesoplan-export.json");
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      assertThat(PersonTraces.in(jdbc, files, ConsoleChat.CHAT_ID, PersonTraces.TYPED))
          .as("the search finds the person before erasure")
          .anyMatch(t -> t.startsWith("conversation")).anyMatch(t -> t.startsWith("lead"))
          .anyMatch(t -> t.startsWith("clinic_case")).anyMatch(t -> t.startsWith("scheduled_tasks"))
          .anyMatch(t -> t.startsWith("file"));

      assertThat(terminal(app, files, "/delete\n/delete confirm\n")).contains("erased");

      assertThat(PersonTraces.in(jdbc, files, ConsoleChat.CHAT_ID, PersonTraces.TYPED)).isEmpty();
      try (Stream<Path> left = Files.list(files)) {
        assertThat(left).isEmpty();
      }
      assertThat(jdbc.sql("select count(*) from audit where person_erased").query(Long.class)
          .single()).as("the erasure itself is on record, without the person").isPositive();
    }
  }


}
