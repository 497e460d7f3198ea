package com.mesoplan.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.channel.telegram.BotHarness.Person;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import com.mesoplan.Databases;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reminders and check-ins on Telegram with days compressed into seconds: they arrive in order,
 * a red flag reaches the staff chat, a restart between scheduling and firing fires once, and
 * /delete leaves no scheduled task.
 */
class TelegramFollowUpIT {

  private static final long STAFF = -100_777L;

  @TempDir
  Path dataDir;

  private String[] settings(String dayLength, String timeOfDay) throws IOException {
    return settings(dayLength, timeOfDay, "[14, 42]");
  }

  private String[] settings(String dayLength, String timeOfDay, String lateCheckInDays)
      throws IOException {
    Path config = Files.createDirectories(dataDir.resolve("config"));
    Files.copy(Path.of("config", "protocols.yaml"), config.resolve("protocols.yaml"),
        StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(config.resolve("clinic.yaml"), Files.readString(Path.of("config",
        "clinic.yaml")).replace("lateCheckInDays: [14, 42]", "lateCheckInDays: "
            + lateCheckInDays) + "\nstaffChatId: " + STAFF + "\n");
    return new String[] {"--mesoplan.config-dir=" + config,
        "--mesoplan.followup.day-length=" + dayLength, "--db-scheduler.polling-interval=PT0.2S",
        "--mesoplan.followup.time-of-day=" + timeOfDay};
  }

  private static void finishAndAcceptReminders(Person person) {
    for (String line : List.of("/start", "1", "40", "4", "12", "4", "2", "2", "2", "3", "2", "2",
        "1", "4", "1")) {
      person.says(line);
    }
    assertThat(person.presses("Yes, remind me")).contains("Reminders are on");
    assertThat(person.presses("Yes, send it")).contains("Sent to the clinic");
  }

  private static long count(FakeBotApi api, long chat, String text) {
    return api.texts(chat).stream().filter(t -> t.contains(text)).count();
  }

  @Test
  void remindersAndCheckInsArriveInOrderAndARedFlagReachesTheStaff() throws IOException {
    try (FakeBotApi api = new FakeBotApi();
        BotHarness bot = new BotHarness(api, dataDir).start(settings("PT4S", "00:00"))) {
      Person ann = bot.person(8_000_000_001L, "en");
      finishAndAcceptReminders(ann);
      api.await("the check-in", a -> count(a, ann.chatId, "How is your skin since the session") == 1,
          Duration.ofSeconds(30));
      List<String> texts = api.texts(ann.chatId);
      int reminder = indexOf(texts, "Reminder: your mesotherapy session 1");
      int checkIn = indexOf(texts, "A quick check-in after session 1");
      assertThat(reminder).isNotNegative().isLessThan(checkIn);
      assertThat(ann.presses("Any change in vision")).isEmpty();
      String urgent = ann.presses("Done ✓");
      assertThat(urgent).startsWith("Call 999 (emergency services) now.")
          .contains("Your plan is paused");
      api.await("the staff alert", a -> a.texts(STAFF).stream()
          .anyMatch(t -> t.startsWith("EMERGENCY")), BotHarness.WAIT);
      assertThat(api.texts(STAFF).get(0)).startsWith("New pre-consultation #1\n"
              + "Pre-consultation · status OK")
          .contains("• goal: Deep wrinkles").contains("contact: Ann");
      assertThat(api.texts(STAFF)).anySatisfy(t -> assertThat(t)
          .startsWith("EMERGENCY: Ann reported: any change in vision"));
      assertThat(api.sent("sendmessage", STAFF)).anySatisfy(call -> assertThat(call.body()
          .path("reply_markup").toString()).as("one tap opens the chat")
          .contains("\"url\":\"tg://user?id=" + ann.chatId + "\""));
      assertThat(bot.jdbc().sql("select count(*) from scheduled_tasks where task_instance like ?")
          .param("telegram:" + ann.chatId + "|%").query(Long.class).single()).isZero();

      MeterRegistry meters = bot.app.getBean(MeterRegistry.class);
      assertThat(meters.counter("mesoplan.red.flags", "level", "EMERGENCY").count()).isEqualTo(1);
      assertThat(meters.counter("mesoplan.dialogs.completed", "status", "OK").count()).isEqualTo(1);
      assertThat(meters.counter("mesoplan.followup.sent", "kind", "CHECK_IN").count()).isEqualTo(1);
      assertThat(meters.counter("mesoplan.followup.sent", "kind", "REMINDER").count()).isEqualTo(1);

      assertThat(ann.says("/flags")).contains("That command is not available here.");
      int before = api.texts(STAFF).size();
      api.deliver(Updates.groupText(BotHarness.nextUpdateId(), STAFF, 42L, "/flags"));
      api.await("the flags", a -> a.texts(STAFF).size() > before, BotHarness.WAIT);
      assertThat(api.texts(STAFF).get(before)).contains("#1 EMERGENCY")
          .contains("reported: any change in vision · Ann");
      assertThat(ann.says("/resume")).contains("The clinic will resume it");
      api.deliver(Updates.groupText(BotHarness.nextUpdateId(), STAFF, 42L, "/clear 1"));
      api.await("the clearance", a -> a.texts(STAFF).size() > before + 1, BotHarness.WAIT);
      assertThat(api.texts(STAFF).get(before + 1)).isEqualTo("Red flag #1 is handled; the "
          + "person’s plan continues and they have been told.");
      api.await("the person told", a -> count(a, ann.chatId, "the clinic has cleared you") == 1,
          BotHarness.WAIT);
      assertThat(bot.jdbc().sql("select status from follow_up where chat_id = ?")
          .param("telegram:" + ann.chatId).query(String.class).single()).isEqualTo("ACTIVE");
      api.deliver(Updates.groupText(BotHarness.nextUpdateId(), STAFF, 42L, "just chatting"));
      api.deliver(Updates.groupText(BotHarness.nextUpdateId(), STAFF, 42L, "/flags"));
      api.await("the empty flags", a -> a.texts(STAFF).size() > before + 2, BotHarness.WAIT);
      assertThat(api.texts(STAFF).get(before + 2)).isEqualTo("No open red flags.");
    }
  }

  @Test
  void lateCheckInsComeAfterTheLoadingSeriesAtTheConfiguredDaysWithTheDaysCompressed()
      throws IOException {
    try (FakeBotApi api = new FakeBotApi();
        BotHarness bot = new BotHarness(api, dataDir).start(settings("PT0.5S", "00:00",
            "[2, 4]"))) {
      Person cy = bot.person(8_000_000_003L, "en");
      finishAndAcceptReminders(cy);
      long sessions = bot.jdbc().sql("select count(*) from scheduled_tasks where task_instance "
          + "like ?").param("telegram:" + cy.chatId + "|LATE_CHECK_IN|%").query(Long.class)
          .single();
      assertThat(sessions).as("two late check-ins after the last loading session and after "
          + "each of the three maintenance sessions").isEqualTo(8);
      api.await("the first late check-in", a -> count(a, cy.chatId,
          "Lumps, bumps or other changes can appear this late") >= 1, Duration.ofSeconds(90));
      List<String> texts = api.texts(cy.chatId);
      assertThat(indexOf(texts, "A quick check-in after session 1"))
          .isLessThan(indexOf(texts, "can appear this late"));
      assertThat(texts.get(indexOf(texts, "can appear this late"))).contains("since session");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {Databases.H2, Databases.POSTGRES})
  void aRestartBetweenSchedulingAndFiringFiresOnce(String kind) throws IOException {
    try (FakeBotApi api = new FakeBotApi()) {
      BotHarness bot = new BotHarness(api, dataDir);
      if (kind.equals(Databases.POSTGRES)) {
        bot.onPostgres();
      }
      bot.start(settings("PT20S", "12:00"));
      Person bob = bot.person(8_000_000_002L, "en");
      finishAndAcceptReminders(bob);
      assertThat(count(api, bob.chatId, "Reminder:")).isZero();
      bot.stop();
      sleep(Duration.ofSeconds(3));
      bot.start(settings("PT20S", "12:00"));
      api.await("the reminder", a -> count(a, bob.chatId, "Reminder:") >= 1,
          Duration.ofSeconds(40));
      sleep(Duration.ofSeconds(2));
      assertThat(count(api, bob.chatId, "Reminder: your mesotherapy session 1")).isEqualTo(1);
      bob.says("/delete");
      bob.says("/delete confirm");
      assertThat(bot.jdbc().sql("select count(*) from scheduled_tasks where task_instance like ?")
          .param("telegram:" + bob.chatId + "|%").query(Long.class).single()).isZero();
      assertThat(bot.jdbc().sql("select count(*) from follow_up where chat_id = ?")
          .param("telegram:" + bob.chatId).query(Long.class).single()).isZero();
      bot.stop();
    }
  }

  private static int indexOf(List<String> texts, String part) {
    for (int i = 0; i < texts.size(); i++) {
      if (texts.get(i).contains(part)) {
        return i;
      }
    }
    return -1;
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
