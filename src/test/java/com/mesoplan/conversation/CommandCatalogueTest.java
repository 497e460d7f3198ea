package com.mesoplan.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.Fixtures;
import com.mesoplan.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The menu channels show lists only commands mesoplan understands, described in each language. */
class CommandCatalogueTest {

  private final Chats chats = new Chats();

  @Test
  void everyCommandInTheMenuIsUnderstoodAndDescribedInEveryShippedLanguage() {
    Messages messages = Fixtures.messages();
    for (String command : CommandCatalogue.PERSON) {
      assertThat(chats.send("menu-" + command, "/" + command, "en")).as(command)
          .doesNotContain("I don’t know the command");
      for (String language : messages.shippedLanguages()) {
        assertThat(messages.has(language, "command." + command)).as(language + " " + command)
            .isTrue();
      }
    }
    assertThat(chats.send("menu-x", "/frobnicate", "en")).contains("I don’t know the command");
  }
}
