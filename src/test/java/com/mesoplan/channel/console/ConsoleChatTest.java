package com.mesoplan.channel.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.conversation.Chats;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal chat: numbered answers, typed input, /quit, and an input that closes. */
class ConsoleChatTest {

  @TempDir
  Path files;

  private String chat(String typed, AtomicBoolean quit) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ConsoleChat(new Chats().service, com.mesoplan.conversation.UnitOfWork.NONE,
        new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), Optional.of("en"),
        () -> quit.set(true), files).run();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void showsNumberedAnswersAndTakesTypedNumbers() {
    AtomicBoolean quit = new AtomicBoolean();
    String screen = chat("1\n\n40\n/quit\nnever read\n", quit);
    assertThat(screen).contains("Question 1 of 14").contains("  1) I agree")
        .contains("  2) I don’t agree").contains("Question 3 of 14");
    assertThat(quit).isTrue();
  }

  @Test
  void aClosedInputEndsTheChatWithoutQuittingTheApplication() {
    AtomicBoolean quit = new AtomicBoolean();
    String screen = chat("1\n", quit);
    assertThat(screen).contains("Question 2 of 14");
    assertThat(quit).isFalse();
  }

  @Test
  void theChatIsWantedOnlyWithoutATelegramToken() {
    assertThat(ConsoleChat.wanted("true", "")).isTrue();
    assertThat(ConsoleChat.wanted("true", "123:abc")).isFalse();
    assertThat(ConsoleChat.wanted("false", "")).isFalse();
  }
}
