package com.mesoplan.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sharing a finished pre-consultation with the clinic, only when the person agrees. */
class HandOffTest {

  private final Chats chats = new Chats();

  private void finish() {
    for (String line : List.of("/start spring", "1", "40", "4", "12", "4", "2", "2", "2", "3",
        "2", "2", "1", "4")) {
      chats.send("c", line, "ru");
    }
    assertThat(chats.send("c", "1", "ru")).contains("Отправить ваши ответы и этот план в клинику");
  }

  private String press(String option) {
    return Chats.render(chats.service.handle("c",
        new Incoming.Pressed(0, HandOff.OFFER, option), Optional.of("ru")));
  }

  @Test
  void agreeingSendsASummaryCardToTheStaffChatAndKeepsItForLeads() {
    finish();
    assertThat(press("on")).contains("Отправлено в клинику");
    assertThat(chats.fakes.leads).hasSize(1);
    String card = chats.fakes.leads.get(0);
    assertThat(card).startsWith("Pre-consultation · status OK")
        .contains("• goal: Deep wrinkles").contains("• severity: Moderate")
        .contains("• screening: -")
        .contains("• age: 40").contains("Language: ru · source: spring · contact: Ann (@ann)")
        .contains("Loading phase:").contains("Proposed dates");
    assertThat(chats.fakes.notified).extracting(Chats::render)
        .containsExactly("New pre-consultation #1\n" + card + "\n");
    assertThat(chats.fakes.notified.get(0).messages().get(0).links())
        .containsExactly(new Reply.Link("#1 · Open the chat with Ann (@ann)", "https://t.me/ann"));
  }

  @Test
  void sharingAgainKeepsOneLeadAndTellsTheStaffChatOnlyOfAChange() {
    finish();
    assertThat(press("on")).contains("Отправлено в клинику");
    assertThat(press("on")).contains("уже есть в клинике");
    assertThat(chats.send("c", "/share", "ru")).contains("уже есть в клинике");
    assertThat(chats.fakes.leads).hasSize(1);
    assertThat(chats.fakes.notified).hasSize(1);

    chats.send("c", "/restart", "ru");
    for (String line : List.of("1", "52", "4", "12", "4", "2", "2", "2", "3", "2", "2", "1", "4",
        "1")) {
      chats.send("c", line, "ru");
    }
    assertThat(press("on")).contains("обновлённые ответы");
    assertThat(chats.fakes.leads).hasSize(2);
    assertThat(chats.fakes.leads.get(1)).contains("• age: 52");
    assertThat(chats.fakes.notified).extracting(Chats::render).last().asString()
        .startsWith("Updated pre-consultation #1\n");
  }

  @Test
  void shareWorksAsACommandToo() {
    finish();
    assertThat(chats.send("c", "/share", "ru")).contains("Отправлено в клинику");
    assertThat(chats.fakes.leads).hasSize(1);
  }

  @Test
  void decliningSendsNothing() {
    finish();
    assertThat(press("off")).contains("в клинику ничего не отправлено");
    assertThat(chats.fakes.leads).isEmpty();
    assertThat(chats.fakes.notified).isEmpty();
  }

  @Test
  void staffCommandsAreNotAvailableInAPersonsChat() {
    finish();
    assertThat(chats.send("c", "/leads", "ru")).contains("Эта команда здесь недоступна");
    assertThat(chats.send("c", "/ack 1", "ru")).contains("недоступна");
  }
}
