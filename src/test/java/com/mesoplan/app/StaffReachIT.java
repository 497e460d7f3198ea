package com.mesoplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.Databases;
import com.mesoplan.Fixtures;
import com.mesoplan.MesoplanApplication;
import com.mesoplan.conversation.ConversationService;
import com.mesoplan.conversation.Incoming;
import com.mesoplan.conversation.Reply;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The staff chat is the running channel's: with a staff chat configured but Telegram not
 * running (the terminal), nobody would read an alert, so a person with a red flag is told to
 * call the clinic themselves, never that the clinic was told.
 */
class StaffReachIT {

  @TempDir
  Path dataDir;

  @Test
  void withoutARunningChannelToTheStaffChatThePersonIsToldToCallThemselves() throws IOException {
    Path config = Fixtures.configWithStaffChat(dataDir, -100_777L);
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
        "--mesoplan.console=false", "--mesoplan.config-dir=" + config));
    args.addAll(Databases.arguments(Databases.H2, dataDir));
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(
        MesoplanApplication.class).run(args.toArray(String[]::new))) {
      ConversationService chat = app.getBean(ConversationService.class);
      for (String line : List.of("/start", "1", "40", "4", "12", "4", "2", "2", "2", "3", "2",
          "2", "1", "4", "1", "/problem")) {
        chat.handle("terminal", Incoming.fromLine(line), Optional.of("en"));
      }
      chat.handle("terminal", new Incoming.Pressed(1, "symptoms", "vision"), Optional.of("en"));
      String answer = chat.handle("terminal", new Incoming.Pressed(1, "symptoms", "done"),
          Optional.of("en")).messages().stream().map(Reply.Message::text)
          .reduce("", String::concat);
      assertThat(answer).contains("I cannot alert the clinic for you")
          .doesNotContain("The clinic has been told");
    }
  }
}
