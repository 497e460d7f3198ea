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
    return service.handle("c", new Incoming.Pressed(3, stepId, optionId), Optional.of("en"));
  }

  @Test
  void aButtonFromAnEarlierQuestionGetsANoticeAndTheCurrentQuestionAndChangesNothing() {
    chats.send("c", "/start", "en");
    press("consent", "agree");
    chats.send("c", "40", "en");
    press("hard-stops", Step.NONE);
    press("cautions", "keloid");
    press("cautions", "autoimmune");
    press("cautions", "keloid");
    assertThat(chats.store.find("c").orElseThrow().dialog().answers())
        .containsEntry("cautions", "autoimmune");
    long version = chats.store.find("c").orElseThrow().version();
    Reply stale = press("consent", "decline");
    assertThat(stale.messages()).as("the notice travels with the question: one message")
        .singleElement().satisfies(m -> assertThat(m.text())
            .startsWith("That button belongs to an earlier question")
            .contains("Question 4 of 14"));
    assertThat(stale.messages().get(0).buttons()).isNotEmpty();
    assertThat(stale.toast()).as("a channel may show only this, if the question is on screen")
        .hasValueSatisfying(t -> assertThat(t).startsWith("That button belongs"));
    assertThat(stale.asks()).contains(Reply.questionOf("pre-consultation", 3, "cautions"));
    assertThat(stale.answered()).isEmpty();
    Reply typed = service.handle("c", Incoming.fromLine("maybe"), Optional.of("en"));
    assertThat(typed.messages()).as("a hint travels with the re-asked question").hasSize(1);
    Conversation after = chats.store.find("c").orElseThrow();
    assertThat(after.dialog().stepId()).isEqualTo("cautions");
    assertThat(after.version()).isEqualTo(version);
  }

  @Test
  void anAcceptedAnswerNamesTheQuestionItAnsweredAndSaysItInWordsTypedOrPressed() {
    chats.send("c", "/start", "en");
    Reply typed = service.handle("c", Incoming.fromLine("1"), Optional.of("en"));
    assertThat(typed.answered()).contains(Reply.questionOf("pre-consultation", 3, "consent"));
    assertThat(typed.chosen()).contains("I agree");
    assertThat(typed.asks()).contains(Reply.questionOf("pre-consultation", 3, "age"));
    assertThat(typed.toast()).isEmpty();

    Reply age = service.handle("c", Incoming.fromLine(" 40 "), Optional.of("en"));
    assertThat(age.answered()).contains(Reply.questionOf("pre-consultation", 3, "age"));
    assertThat(age.chosen()).contains("40");

    Reply refused = service.handle("c", Incoming.fromLine("maybe"), Optional.of("en"));
    assertThat(refused.answered()).isEmpty();
    assertThat(refused.chosen()).isEmpty();
  }

  @Test
  void ticksOfAMultipleChoiceAreSubmittedWithDoneAndDoneWithoutTicksIsRefused() {
    chats.send("c", "/start", "en");
    press("consent", "agree");
    chats.send("c", "40", "en");
    Reply empty = press("hard-stops", Step.DONE);
    assertThat(Chats.render(empty)).contains("Please tick at least one answer")
        .contains("Question 3 of 14");
    Reply ticked = press("hard-stops", "allergy");
    assertThat(ticked.redrawsPressed()).isTrue();
    assertThat(ticked.messages().get(0).buttons()).filteredOn(Reply.Button::ticked)
        .extracting(Reply.Button::optionId).containsExactly("allergy");
    assertThat(ticked.messages().get(0).submit()).isPresent();
    Reply referred = press("hard-stops", Step.DONE);
    assertThat(referred.chosen()).contains(
        "I have ever reacted to a cocktail ingredient or to a local anaesthetic");
    assertThat(Chats.render(referred)).contains("I can’t suggest a schedule for you.");
  }

  @Test
  void aButtonOfAnotherDialogVersionIsStale() {
    chats.send("c", "/start", "en");
    Reply reply = service.handle("c", new Incoming.Pressed(99, "consent", "agree"),
        Optional.of("en"));
    assertThat(Chats.render(reply)).contains("That button belongs to an earlier question")
        .contains("Question 1 of 14");
  }

  @Test
  void stickersAndEditsGetAFriendlyNoteAndTheCurrentQuestion() {
    chats.send("c", "/start", "en");
    assertThat(Chats.render(service.handle("c",
        new Incoming.Unreadable(Incoming.Unreadable.Kind.MEDIA), Optional.of("en"))))
        .contains("I can only read text").contains("Question 1 of 14");
    assertThat(Chats.render(service.handle("c",
        new Incoming.Unreadable(Incoming.Unreadable.Kind.EDIT), Optional.of("en"))))
        .contains("edited messages").contains("Question 1 of 14");
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
    String reply = chats.send("c", "40", "en");
    assertThat(reply).contains("The questionnaire has been updated")
        .as("the new question, age, is answered; the safety questions follow it now")
        .contains("Question 3 of 14");
    assertThat(chats.store.find("c").orElseThrow().dialog().answers())
        .containsEntry("age", "40").containsEntry("consent", "agree");
  }

  @Test
  void theLanguageFollowsTheDeviceUntilThePersonChoosesOne() {
    assertThat(chats.send("c", "/start", "ru")).contains("Вопрос 1 из 14");
    assertThat(chats.send("c", "/help", "en")).contains("Question 1 of 14");
    chats.send("c", "/language ru", "en");
    assertThat(chats.send("c", "/help", "en")).contains("Вопрос 1 из 14");
  }

  @Test
  void theLanguageListEndsWithTheQuestionSoANumberTypedNextAnswersWhatIsShown() {
    chats.send("c", "/start", "en");
    chats.send("c", "1", "en");
    chats.send("c", "40", "en");

    String list = chats.send("c", "/language", "en");

    assertThat(list).contains("/language ru");
    assertThat(list.substring(list.indexOf("/language ru"))).contains("Question 3 of 14")
        .contains("None of these");
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
    ConversationService slow = new ConversationService(new Dialogs(Map.of(chats.dialog.id(),
        new DialogEngine(chats.dialog, Fixtures.CLOCK)), chats.dialog.id()),
        Fixtures.messages(), chats.outcomes, racing, chats.ownData, ConversationEvents.NONE);
    String reply = Chats.render(slow.handle("c", Incoming.fromLine("1"), Optional.of("en")));
    assertThat(reply).contains("Вопрос 2 из 14");
    Conversation stored = chats.store.find("c").orElseThrow();
    assertThat(stored.dialog().path()).containsExactly("consent");
    assertThat(stored.language()).isEqualTo("ru");
  }

  @Test
  void anUnder18IsReferredRightAfterConsentAndNoHealthQuestionIsAskedOrStored() {
    chats.send("c", "/start", "en");
    chats.send("c", "1", "en");
    String reply = chats.send("c", "16", "en");
    assertThat(reply).contains("Mesotherapy is for adults").doesNotContain("safety questions")
        .doesNotContain("Question 3 of 14");
    assertThat(chats.store.find("c").orElseThrow().dialog().answers().keySet())
        .containsExactlyInAnyOrder("consent", "age");
  }
}
