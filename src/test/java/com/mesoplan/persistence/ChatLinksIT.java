package com.mesoplan.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.Databases;
import com.mesoplan.MesoplanApplication;
import com.mesoplan.conversation.ChatLinks;
import com.mesoplan.conversation.OwnData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Joining a chat to a conversation on both databases: a code is opened by one chat only; only
 * the digits that chat was shown join it; five wrong ones void the code, and opening it again
 * gives no new attempts; a new code voids the old one; erasing the conversation unlinks.
 */
class ChatLinksIT {

  @TempDir
  Path dataDir;

  @ParameterizedTest
  @ValueSource(strings = {Databases.H2, Databases.POSTGRES})
  void onlyTheDigitsTheOpeningChatWasShownJoinItAndGuessingEndsTheCode(String kind) {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
        "--mesoplan.console=false"));
    args.addAll(Databases.arguments(kind, dataDir));
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(
        MesoplanApplication.class).run(args.toArray(String[]::new))) {
      ChatLinks links = app.getBean(ChatLinks.class);
      String web = "web:abcdefghijklmnopqrstuvwxyz012345";

      String stale = links.offer(web);
      String code = links.offer(web);
      assertThat(links.opened(stale, "telegram:1")).as("a new code voids the old").isEmpty();
      String digits = links.opened(code, "telegram:1").orElseThrow();
      assertThat(digits).matches("\\d{6}");
      assertThat(links.opened(code, "telegram:2")).as("one chat per code").isEmpty();
      assertThat(links.joining(web)).contains("telegram:1");
      String wrong = digits.equals("000000") ? "111111" : "000000";
      assertThat(links.confirm(web, wrong)).isEmpty();
      assertThat(links.confirm(web, digits)).contains("telegram:1");
      assertThat(links.conversationOf("telegram:1")).contains(web);
      assertThat(links.chatsOf(web)).containsExactly("telegram:1");
      assertThat(links.opened(code, "telegram:1")).as("spent").isEmpty();

      String other = "web:zyxwvutsrqponmlkjihgfedcba543210";
      String guessed = links.offer(other);
      String shown = links.opened(guessed, "telegram:3").orElseThrow();
      String bad = shown.equals("000000") ? "111111" : "000000";
      for (int i = 0; i < 4; i++) {
        assertThat(links.confirm(other, bad)).isEmpty();
      }
      String again = links.opened(guessed, "telegram:3").orElseThrow();
      assertThat(links.confirm(other, again.equals(bad) ? "222222" : bad)).isEmpty();
      assertThat(links.confirm(other, again)).as("five wrong: the code is gone").isEmpty();
      assertThat(links.joining(other)).isEmpty();

      app.getBean(OwnData.class).erase(web, "test");
      assertThat(links.conversationOf("telegram:1")).isEqualTo(Optional.empty());
      assertThat(links.chatsOf(web)).isEmpty();
    }
  }
}
