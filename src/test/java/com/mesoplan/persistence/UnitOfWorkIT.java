package com.mesoplan.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mesoplan.Databases;
import com.mesoplan.MesoplanApplication;
import com.mesoplan.conversation.ConversationRepository;
import com.mesoplan.conversation.ConversationService;
import com.mesoplan.conversation.Incoming;
import com.mesoplan.conversation.UnitOfWork;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A turn that fails halfway leaves none of its stores changed, on both databases. */
class UnitOfWorkIT {

  @TempDir
  Path dataDir;

  @ParameterizedTest
  @ValueSource(strings = {Databases.H2, Databases.POSTGRES})
  void aTurnThatFailsHalfwayChangesNoStore(String kind) {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
        "--mesoplan.console=false"));
    args.addAll(Databases.arguments(kind, dataDir));
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(
        MesoplanApplication.class).run(args.toArray(String[]::new))) {
      UnitOfWork work = app.getBean(UnitOfWork.class);
      ConversationService chat = app.getBean(ConversationService.class);
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      assertThatThrownBy(() -> work.run(() -> {
        chat.handle("half", Incoming.fromLine("/start spring"), Optional.of("en"));
        chat.handle("half", Incoming.fromLine("1"), Optional.of("en"));
        throw new IllegalStateException("the machine stops here");
      })).hasMessage("the machine stops here");
      assertThat(app.getBean(ConversationRepository.class).find("half")).isEmpty();
      assertThat(jdbc.sql("select count(*) from funnel_step where chat_id = 'half'")
          .query(Long.class).single()).isZero();

      work.run(() -> chat.handle("whole", Incoming.fromLine("/start"), Optional.of("en")));
      assertThat(app.getBean(ConversationRepository.class).find("whole")).isPresent();
    }
  }
}
