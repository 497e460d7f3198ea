package com.mesoplan.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.Fixtures;
import com.mesoplan.dialog.DialogEngine;
import com.mesoplan.dialog.DialogState;
import com.mesoplan.dialog.Step;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConversationServiceTest {

  private final Chats chats = new Chats();
  private final ConversationService service = chats.service;

  private Reply press(String stepId, String optionId) {
    return service.handle("c", new Incoming.Pressed(stepId, optionId), Optional.of("en"));
  }

  @Test
  void aButtonFromAnEarlierQuestionGetsANoticeAndTheCurrentQuestionAndChangesNothing() {
    chats.send("c", "/start", "en");
    press("consent", "agree");
    press("hard-stops", Step.NONE);
    long version = chats.store.find("c").orElseThrow().version();
    String reply = Chats.render(press("consent", "decline"));
    assertThat(reply).contains("That button belongs to an earlier question")
        .contains("Question 3 of 14");
    Conversation after = chats.store.find("c").orElseThrow();
    assertThat(after.dialog().stepId()).isEqualTo("cautions");
    assertThat(after.version()).isEqualTo(version);
  }

  @Test
  void aDeepLinkPayloadIsKeptAsTheSourceOfThePreConsultation() {
    chats.send("c", "/start spring-campaign_2026", "en");
    assertThat(chats.store.find("c").orElseThrow().source()).contains("spring-campaign_2026");
    chats.send("d", "/start <script>", "en");
    assertThat(chats.store.find("d").orElseThrow().source()).isEmpty();
  }

  @Test
  void aConversationOfAnOlderDialogVersionIsTakenUpWithTheAnswersThatStillFit() {
    chats.send("c", "/start", "en");
    chats.send("c", "1", "en");
    Conversation stored = chats.store.find("c").orElseThrow();
    DialogState old = new DialogState("pre-consultation", 0, "removed-step",
        List.of("consent", "hard-stops"),
        Map.of("consent", "agree", "hard-stops", "", "cautions", "keloid"));
    chats.store.save(new Conversation("c", old, "en", false, Optional.empty(), stored.version()));
    String reply = chats.send("c", "3", "en");
    assertThat(reply).contains("The questionnaire has been updated")
        .contains("Question 5 of 14");
    assertThat(chats.store.find("c").orElseThrow().dialog().answers())
        .containsEntry("goal", "fine-lines").containsEntry("cautions", "keloid");
  }

  @Test
  void theLanguageFollowsTheDeviceUntilThePersonChoosesOne() {
    assertThat(chats.send("c", "/start", "ru")).contains("Вопрос 1 из 14");
    assertThat(chats.send("c", "/help", "en")).contains("Question 1 of 14");
    chats.send("c", "/language ru", "en");
    assertThat(chats.send("c", "/help", "en")).contains("Вопрос 1 из 14");
  }

  @Test
  void aTurnThatLosesARaceIsTakenAgainOnTheStoredState() {
    chats.send("c", "/start", "en");
    ConversationRepository racing = new ConversationRepository() {
      private boolean raced;

      @Override
      public Optional<Conversation> find(String chatId) {
        Optional<Conversation> found = chats.store.find(chatId);
        if (!raced) {
          raced = true;
          chats.service.handle(chatId, Incoming.fromLine("/language ru"), Optional.of("en"));
        }
        return found;
      }

      @Override
      public Conversation save(Conversation conversation) {
        return chats.store.save(conversation);
      }

      @Override
      public void delete(String chatId) {
        chats.store.delete(chatId);
      }
    };
    ConversationService slow = new ConversationService(
        new DialogEngine(chats.dialog, Fixtures.CLOCK),
        Fixtures.messages(), chats.outcomes, racing);
    String reply = Chats.render(slow.handle("c", Incoming.fromLine("1"), Optional.of("en")));
    assertThat(reply).contains("Вопрос 2 из 14");
    Conversation stored = chats.store.find("c").orElseThrow();
    assertThat(stored.dialog().path()).containsExactly("consent");
    assertThat(stored.language()).isEqualTo("ru");
  }
}
