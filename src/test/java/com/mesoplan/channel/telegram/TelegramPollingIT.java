package com.mesoplan.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.channel.telegram.BotHarness.Person;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.io.TempDir;

/** The bot in long-polling mode against a fake Bot API over real HTTP, with the real client. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramPollingIT {

  @TempDir
  static Path dataDir;
  private FakeBotApi api;
  private BotHarness bot;
  private long nextChat = 5_000_000_000L;

  @BeforeAll
  void start() throws IOException {
    api = new FakeBotApi();
    bot = new BotHarness(api, dataDir).start();
  }

  @AfterAll
  void stop() {
    bot.close();
    api.close();
  }

  private Person person(String language) {
    return bot.person(nextChat++, language);
  }

  private static final String BLOOD_THINNERS = "Blood thinners or a bleeding disorder, or regular "
      + "aspirin, ibuprofen and similar painkillers, fish oil, vitamin E or ginkgo";

  @Test
  void theWholePreConsultationInEnglishWithButtons() {
    Person ann = person("en");
    assertThat(ann.says("/start spring_campaign")).contains("Question 1 of 14")
        .contains("not a diagnosis");
    ann.presses("I agree");
    assertThat(api.sent("editmessagetext", ann.chatId).get(0).body().path("text").asText())
        .endsWith("✓ I agree");
    assertThat(ann.says("forty")).contains("whole number between 1 and 110");
    ann.says("40");
    ann.presses("None of these");
    ann.presses("Tendency to keloid (raised) scars");
    ann.presses(BLOOD_THINNERS);
    ann.presses(BLOOD_THINNERS);
    assertThat(api.sent("editmessagereplymarkup", ann.chatId)).isNotEmpty();
    ann.presses("Done ✓");
    ann.presses("Deep wrinkles");
    ann.presses("Moderate");
    ann.presses("Normal skin");
    ann.presses("Average tolerance");
    ann.presses("Peptides");
    ann.presses("Some sun");
    ann.presses("Temperate climate");
    ann.presses("Low stress, good sleep");
    ann.presses("None");
    String plan = ann.presses("No preference");
    assertThat(plan).contains("Your provisional schedule").contains("Loading phase: 4–5 sessions")
        .contains("A tendency to keloid scars").doesNotContain("Blood thinners")
        .contains("qualified practitioner");
    long presses = api.calls().stream().filter(c -> c.method().equals("answercallbackquery"))
        .count();
    assertThat(presses).isGreaterThanOrEqualTo(15);
    assertThat(bot.jdbc().sql("select source from conversation where chat_id = ?")
        .param("telegram:" + ann.chatId).query(String.class).single()).isEqualTo("spring_campaign");
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void theLogsNeverContainWhatAPersonTyped(CapturedOutput output) {
    Person pat = person("en");
    pat.says("/start");
    pat.says("my secret skin story");
    pat.says("1");
    pat.says("47");
    pat.says("4");
    pat.says("12");
    pat.says("4");
    pat.says("2");
    pat.says("2");
    pat.says("2");
    pat.says("3");
    // the hint and the re-asked question are one message, and Telegram refuses it
    api.failNext("sendmessage", pat.chatId, 400, "Bad Request: chat not found", null);
    api.deliver(Updates.text(BotHarness.nextUpdateId(), pat.chatId, "sunny-answer-x", "en"));
    api.await("the refusal logged", a -> output.getAll().contains("Telegram refused"),
        BotHarness.WAIT);
    assertThat(output.getAll()).contains("Telegram refused an outgoing SEND with 400")
        .doesNotContain("my secret skin story").doesNotContain("sunny-answer-x")
        .doesNotContain("Deep wrinkles").doesNotContain(String.valueOf(pat.chatId));
  }

  @Test
  void theCommandMenuIsSetInEveryLanguage() {
    api.await("the menus", a -> a.calls().stream()
        .filter(c -> c.method().equals("setmycommands")).count() >= 3, BotHarness.WAIT);
    List<FakeBotApi.Call> menus = api.calls().stream()
        .filter(c -> c.method().equals("setmycommands")).toList();
    assertThat(menus).extracting(c -> c.body().path("language_code").asText(""))
        .contains("en", "ru", "");
    assertThat(menus).allSatisfy(c -> assertThat(c.body().path("commands").toString())
        .contains("\"start\"").contains("\"back\"").contains("\"privacy\""));
    assertThat(menus.stream().filter(c -> c.body().path("language_code").asText().equals("ru"))
        .findFirst().orElseThrow().body().toString()).contains("Вернуться на вопрос назад");
  }

  @Test
  void theWholePreConsultationInRussian() {
    Person olga = person("ru");
    assertThat(olga.says("/start")).contains("Вопрос 1 из 14");
    olga.presses("Да, даю согласие");
    olga.says("29");
    olga.presses("Ничего из этого");
    olga.presses("Ничего из этого");
    olga.presses("Увлажнение");
    olga.presses("Слабо");
    olga.presses("Сухая кожа");
    olga.presses("Чувствительная или реактивная кожа");
    olga.presses("Не знаю");
    olga.presses("Много солнца или солнце каждый день");
    olga.presses("Сухой климат");
    olga.presses("Много стресса или плохой сон");
    olga.presses("Нет");
    String plan = olga.presses("Без предпочтений");
    assertThat(plan).contains("Ваш примерный график").contains("Основной курс")
        .contains("Перед любой процедурой запишитесь на консультацию");
  }

  @Test
  void badInputGetsAFriendlyAnswerAndTheCurrentQuestion() {
    Person bob = person("en");
    bob.says("/start");
    assertThat(bob.deliverAndWait(Updates.sticker(BotHarness.nextUpdateId(), bob.chatId)))
        .contains("I can only read text").contains("Question 1 of 14");
    assertThat(bob.deliverAndWait(Updates.photo(BotHarness.nextUpdateId(), bob.chatId)))
        .contains("I can only read text");
    assertThat(bob.deliverAndWait(Updates.voice(BotHarness.nextUpdateId(), bob.chatId)))
        .contains("I can only read text");
    assertThat(bob.deliverAndWait(Updates.edited(BotHarness.nextUpdateId(), bob.chatId, "1")))
        .contains("edited messages").contains("Question 1 of 14");
    assertThat(bob.says("/teleport")).contains("I don’t know the command /teleport")
        .contains("Question 1 of 14");
    assertThat(bob.says("x".repeat(5000))).contains("Please pick one of the answers")
        .contains("Question 1 of 14");
    assertThat(bob.says("<b>hi</b> & bye")).contains("Please pick one of the answers");
    bob.says("/<b>hi");
    for (String command : List.of("/help", "/privacy", "/language", "/back", "/restart")) {
      assertThat(bob.says(command)).as(command).isNotBlank();
    }
    assertThat(api.sent("sendmessage", bob.chatId)).allSatisfy(c ->
        assertThat(c.body().path("parse_mode").asText()).isEqualToIgnoringCase("HTML"));
    assertThat(api.texts(bob.chatId)).anySatisfy(t -> assertThat(t).contains("&lt;b&gt;hi"));
  }

  @Test
  void aGroupGetsOnePoliteNoteAndNothingIsStored() {
    long group = -100_123L;
    long update = BotHarness.nextUpdateId();
    api.deliver(Updates.groupText(update, group, 42L, "/start"));
    api.await("the note", a -> !a.texts(group).isEmpty(), BotHarness.WAIT);
    assertThat(api.texts(group)).containsExactly(
        "Hello! For your privacy I only talk in a private chat. Please write to me directly.");
    assertThat(bot.jdbc().sql("select count(*) from conversation where chat_id like ?")
        .param("%" + group).query(Long.class).single()).isZero();
  }

  @Test
  void aDuplicateUpdateHasItsEffectOnce() {
    Person dup = person("en");
    String start = Updates.text(BotHarness.nextUpdateId(), dup.chatId, "/start", "en");
    dup.deliverAndWait(start);
    String agree = Updates.text(BotHarness.nextUpdateId(), dup.chatId, "1", "en");
    dup.deliverAndWait(agree);
    api.deliver(agree);
    api.deliver(start);
    dup.says("/help");
    assertThat(api.texts(dup.chatId).stream().filter(t -> t.contains("Question 2 of 14")))
        .hasSize(2);
    assertThat(api.texts(dup.chatId).stream().filter(t -> t.contains("Question 1 of 14")))
        .hasSize(1);
  }

  /** Presses a button by its data on a message, and waits until the press is answered. */
  private FakeBotApi.Call pressAndAwaitAnswer(Person person, FakeBotApi.Call message,
      String data) {
    long update = BotHarness.nextUpdateId();
    api.deliver(Updates.press(update, person.chatId, message.messageId(),
        message.body().path("text").asText(), data, "en"));
    api.await("the answer to the press", a -> a.answerToPress(update).isPresent(),
        BotHarness.WAIT);
    BotHarness.sleepBriefly();
    return api.answerToPress(update).orElseThrow();
  }

  private int messagesTo(Person person) {
    return api.sent("sendmessage", person.chatId).size()
        + api.sent("editmessagetext", person.chatId).size()
        + api.sent("editmessagereplymarkup", person.chatId).size();
  }

  @Test
  void aStalePressWhileTheCurrentQuestionIsTheLastMessageGetsOnlyAToast() {
    Person eve = person("en");
    eve.says("/start");
    FakeBotApi.Call consent = api.lastQuestion(eve.chatId);
    eve.presses("I agree");
    int before = messagesTo(eve);

    FakeBotApi.Call answer = pressAndAwaitAnswer(eve, consent, "3:consent:decline");
    FakeBotApi.Call unknown = pressAndAwaitAnswer(eve, consent, "0:gone:away");

    assertThat(answer.body().path("text").asText())
        .contains("That button belongs to an earlier question");
    assertThat(unknown.body().path("text").asText())
        .contains("That button belongs to an earlier question");
    assertThat(messagesTo(eve)).isEqualTo(before);
    assertThat(eve.says("40")).contains("Question 3 of 14");
  }

  @Test
  void aStalePressAfterAnotherMessageGetsTheCurrentQuestionInOneMessage() {
    Person eve = person("en");
    eve.says("/start");
    FakeBotApi.Call consent = api.lastQuestion(eve.chatId);
    eve.presses("I agree");
    eve.says("/plan");
    int before = api.texts(eve.chatId).size();

    FakeBotApi.Call answer = pressAndAwaitAnswer(eve, consent, "3:consent:decline");

    assertThat(answer.body().has("text")).isFalse();
    List<String> texts = api.texts(eve.chatId);
    assertThat(texts).hasSize(before + 1);
    assertThat(texts.get(before)).contains("That button belongs to an earlier question")
        .contains("Question 2 of 14");
  }

  @Test
  void aHintTravelsInTheSameMessageAsTheQuestionItAsksAgain() {
    Person bob = person("en");
    bob.says("/start");
    int before = api.texts(bob.chatId).size();

    bob.says("maybe");

    List<String> texts = api.texts(bob.chatId);
    assertThat(texts).hasSize(before + 1);
    assertThat(texts.get(before)).contains("Please pick one of the answers")
        .contains("Question 1 of 14");
  }

  @Test
  void aTypedAnswerTakesTheButtonsOffTheQuestionItAnswered() {
    Person tom = person("en");
    tom.says("/start");
    FakeBotApi.Call consent = api.lastQuestion(tom.chatId);

    assertThat(tom.says("1")).contains("Question 2 of 14");

    api.await("the answered question edited", a -> !a.sent("editmessagetext", tom.chatId)
        .isEmpty(), BotHarness.WAIT);
    FakeBotApi.Call edit = api.sent("editmessagetext", tom.chatId).get(0);
    assertThat(edit.body().path("message_id").asInt()).isEqualTo(consent.messageId());
    assertThat(edit.body().path("text").asText()).contains("Question 1 of 14")
        .contains("✓ I agree");
    assertThat(edit.body().has("reply_markup")).isFalse();
  }

  @Test
  void aReAskOvertakenBeforeItCouldBeSentIsNeverSent() {
    Person ann = person("en");
    ann.says("/start");
    // the re-ask after "maybe" waits out a 429 of 2 s; meanwhile the question is answered
    api.failNext("sendmessage", ann.chatId, 429, "Too Many Requests: retry after 2", 2);
    api.deliver(Updates.text(BotHarness.nextUpdateId(), ann.chatId, "maybe", "en"));
    api.await("the 429", a -> a.calls().stream().anyMatch(c -> c.status() == 429
        && c.body().path("chat_id").asLong() == ann.chatId), BotHarness.WAIT);
    api.deliver(Updates.text(BotHarness.nextUpdateId(), ann.chatId, "1", "en"));

    api.await("the next question", a -> a.texts(ann.chatId).stream()
        .anyMatch(t -> t.contains("Question 2 of 14")), BotHarness.WAIT);
    BotHarness.sleepBriefly();

    assertThat(api.texts(ann.chatId)).noneMatch(t -> t.contains("Please pick one"));
    assertThat(api.texts(ann.chatId)).filteredOn(t -> t.contains("Question 1 of 14"))
        .hasSize(1);
  }

  @Test
  void severalWaitingEditsOfOneMessageCollapseIntoTheLast() {
    Person ida = person("en");
    ida.says("/start");
    ida.presses("I agree");
    ida.says("40");
    FakeBotApi.Call screening = api.lastQuestion(ida.chatId);
    String text = screening.body().path("text").asText();
    // redraws wait out 429s of 2 s, so the later ticks come while the earlier redraws wait
    for (int i = 0; i < 2; i++) {
      api.failNext("editmessagereplymarkup", ida.chatId, 429, "Too Many Requests: retry after 2",
          2);
    }
    for (String option : List.of("pregnant", "infection", "allergy")) {
      long update = BotHarness.nextUpdateId();
      api.deliver(Updates.press(update, ida.chatId, screening.messageId(), text,
          "3:hard-stops:" + option, "en"));
      api.await("the press answered", a -> a.answerToPress(update).isPresent(), BotHarness.WAIT);
    }

    api.await("the redraw", a -> !a.sent("editmessagereplymarkup", ida.chatId).isEmpty(),
        BotHarness.WAIT);
    sleep(2500);

    List<FakeBotApi.Call> redraws = api.sent("editmessagereplymarkup", ida.chatId);
    assertThat(redraws).singleElement().satisfies(redraw -> assertThat(
        redraw.body().path("reply_markup").toString()).contains(
            TelegramReplies.TICK + "I am pregnant").contains(TelegramReplies.TICK + "I have a skin")
            .contains(TelegramReplies.TICK + "I have ever reacted"));
  }

  @Test
  void a429IsWaitedOutAndTheMessageDeliveredOnce() {
    Person kim = person("en");
    api.failNext("sendmessage", kim.chatId, 429, "Too Many Requests: retry after 1", 1);
    kim.says("/start");
    List<FakeBotApi.Call> attempts = api.calls().stream()
        .filter(c -> c.method().equals("sendmessage")
            && c.body().path("chat_id").asLong() == kim.chatId).toList();
    assertThat(attempts).extracting(FakeBotApi.Call::status).containsExactly(429, 200);
    assertThat(api.texts(kim.chatId)).hasSize(1);
  }

  @Test
  void a403MarksThePersonInactiveAndStopsMessagingThem() {
    Person gone = person("en");
    gone.says("/start");
    api.failNext("sendmessage", gone.chatId, 403, "Forbidden: bot was blocked by the user", null);
    api.deliver(Updates.text(BotHarness.nextUpdateId(), gone.chatId, "1", "en"));
    api.await("the 403", a -> a.calls().stream().anyMatch(c -> c.status() == 403),
        BotHarness.WAIT);
    api.await("the chat marked blocked", a -> bot.jdbc()
        .sql("select count(*) from blocked_chat where chat = ?").param("telegram:" + gone.chatId)
        .query(Long.class).single() == 1, BotHarness.WAIT);
    assertThat(bot.jdbc().sql("select count(*) from outbox where chat = ?")
        .param("telegram:" + gone.chatId).query(Long.class).single()).isZero();
    api.deliver(Updates.membership(BotHarness.nextUpdateId(), gone.chatId, "member"));
    api.await("the chat unblocked", a -> bot.jdbc()
        .sql("select count(*) from blocked_chat where chat = ?").param("telegram:" + gone.chatId)
        .query(Long.class).single() == 0, BotHarness.WAIT);
  }

  @Test
  void planSendsAPictureAndDeleteLeavesNoRowAboutThePerson() {
    Person may = person("en");
    for (String line : List.of("/start", "1", "35", "4", "12", "3", "1", "4", "1", "5", "1", "3",
        "2", "4", "1")) {
      may.says(line);
    }
    assertThat(api.texts(may.chatId)).anySatisfy(t -> assertThat(t).contains("Your suggested schedule"));
    int before = photosTo(may.chatId);
    may.says("/plan");
    api.await("the picture", a -> photosTo(may.chatId) > before, BotHarness.WAIT);
    may.says("/calendar");
    api.await("the calendar", a -> a.calls().stream().anyMatch(c -> c.method().equals("senddocument")
        && c.body().path("raw").asText().contains(String.valueOf(may.chatId))), BotHarness.WAIT);
    may.says("/delete");
    assertThat(may.says("/delete confirm")).contains("has been erased");
    api.await("the outbox empty", a -> rowsAbout(may.chatId) == 0, BotHarness.WAIT);
    assertThat(rowsAbout(may.chatId)).isZero();
  }

  private int photosTo(long chatId) {
    return (int) api.calls().stream().filter(c -> c.method().equals("sendphoto")
        && c.status() == 200 && c.body().path("raw").asText().contains(String.valueOf(chatId)))
        .count();
  }

  private long rowsAbout(long chatId) {
    String conversation = "telegram:" + chatId;
    return bot.jdbc().sql("select count(*) from conversation where chat_id = ?")
            .param(conversation).query(Long.class).single()
        + bot.jdbc().sql("select count(*) from treatment_plan where chat_id = ?")
            .param(conversation).query(Long.class).single()
        + bot.jdbc().sql("select count(*) from inbox where chat = ?")
            .param(conversation).query(Long.class).single()
        + bot.jdbc().sql("select count(*) from outbox where chat = ?")
            .param(conversation).query(Long.class).single()
        + bot.jdbc().sql("select count(*) from blocked_chat where chat = ?")
            .param(conversation).query(Long.class).single()
        + bot.jdbc().sql("select count(*) from telegram_chat where chat_id = ?")
            .param(chatId).query(Long.class).single();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
