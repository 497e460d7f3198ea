package com.mesoplan.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChatIdTest {

  @Test
  void aChatIdIsItsChannelAndTheChannelsIdWrittenWithAColon() {
    assertThat(ChatId.parse("telegram:-1001234567890")).contains(
        new ChatId("telegram", "-1001234567890"));
    assertThat(new ChatId("console", "local")).hasToString("console:local");
    assertThat(ChatId.parse("web:3f2a-b_9")).get().satisfies(c -> assertThat(c.isOn("web"))
        .isTrue());
  }

  @Test
  void anythingElseIsNotAChatId() {
    for (String written : new String[] {"", "telegram", "telegram:", ":42", "Telegram:42",
        "telegram:4 2", "telegram:42;x", "telegram:../42", "telegram:%34%32", "tg://user?id=42",
        "telegram:" + "9".repeat(65)}) {
      assertThat(ChatId.parse(written)).as(written).isEmpty();
    }
    assertThatThrownBy(() -> new ChatId("web", "a/b")).isInstanceOf(
        IllegalArgumentException.class);
  }
}
