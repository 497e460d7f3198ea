package com.mesoplan.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.channel.telegram.TelegramReplies.PressedQuestion;
import com.mesoplan.conversation.ButtonData;
import com.mesoplan.conversation.Incoming;
import com.mesoplan.conversation.Reply;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TelegramRepliesTest {

  private static Reply.Button button(String label, String option, boolean ticked) {
    return new Reply.Button(label, 12, "recent-illness", option, ticked);
  }

  @Test
  void textsAreEscapedAndLongOnesSplitWithTheButtonsOnTheLastPart() {
    String line = "a < b & c > d\n";
    Reply reply = new Reply(List.of(new Reply.Message(line.repeat(400),
        List.of(button("Yes", "yes", false)))));
    List<Outgoing> calls = TelegramReplies.render(1L, reply, Optional.empty());
    assertThat(calls).hasSizeGreaterThan(1);
    assertThat(calls).allSatisfy(c -> assertThat(c.text().length()).isLessThanOrEqualTo(4096));
    assertThat(calls.get(0).text()).startsWith("a &lt; b &amp; c &gt; d").doesNotContain("<");
    assertThat(calls.get(0).keyboard()).isEmpty();
    assertThat(calls.get(calls.size() - 1).keyboard()).hasSize(1);
    assertThat(String.join("", calls.stream().map(Outgoing::text).toList()).replace("\n", ""))
        .isEqualTo(TelegramReplies.escape(line.repeat(400)).replace("\n", ""));
  }

  @Test
  void anAnsweredQuestionIsEditedToShowTheAnswerWithoutButtons() {
    Reply reply = new Reply(List.of(new Reply.Message("Next?", List.of())), Optional.of("Yes"),
        false);
    List<Outgoing> calls = TelegramReplies.render(1L, reply,
        Optional.of(new PressedQuestion(55, "Agree?")));
    assertThat(calls.get(0).kind()).isEqualTo(Outgoing.Kind.EDIT_TEXT);
    assertThat(calls.get(0).messageId()).isEqualTo(55);
    assertThat(calls.get(0).text()).isEqualTo("Agree?\n\n✓ Yes");
    assertThat(calls.get(0).keyboard()).isEmpty();
    assertThat(calls.get(1).kind()).isEqualTo(Outgoing.Kind.SEND);
  }

  @Test
  void ticksRedrawOnlyTheButtonsOfThePressedQuestion() {
    Reply reply = new Reply(List.of(new Reply.Message("Which?", List.of(
        button("Keloid", "keloid", true), button("Other", "other", false)),
        Optional.of(button("Done", "done", false)))), Optional.empty(), true);
    List<Outgoing> calls = TelegramReplies.render(1L, reply,
        Optional.of(new PressedQuestion(7, "Which?")));
    assertThat(calls).hasSize(1);
    assertThat(calls.get(0).kind()).isEqualTo(Outgoing.Kind.EDIT_KEYBOARD);
    assertThat(calls.get(0).keyboard()).extracting(row -> row.get(0).text())
        .containsExactly("✅ Keloid", "Other", "Done");
  }

  @Test
  void callbackDataIsDeterministicShortAndReadBack() {
    Reply.Button longest = new Reply.Button("x", 999_999, "a".repeat(24), "b".repeat(24), false);
    String data = ButtonData.of(longest);
    assertThat(data.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
    assertThat(ButtonData.read(data)).contains(
        new Incoming.Pressed(999_999, "a".repeat(24), "b".repeat(24)));
    assertThat(ButtonData.read("garbage")).isEmpty();
    assertThat(ButtonData.read("x:y:z")).isEmpty();
  }
}
