package com.mesoplan.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.channel.telegram.BotHarness.Person;
import com.mesoplan.conversation.StaffLog;
import com.mesoplan.messaging.Outbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff commands answer only where staff are (the staff chat, a staff member's private chat);
 * a staff member in any other group gets "not available" and no personal data is posted there.
 * Each use is in the audit trail with the staff member's id.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffScopeIT {

  private static final long STAFF_CHAT = -100_555L;
  private static final long STAFF_MEMBER = 5_550_001L;
  private static final long OTHER_GROUP = -100_999L;
  private static final long STRANGER = 5_550_002L;

  @TempDir
  static Path dataDir;
  private FakeBotApi api;
  private BotHarness bot;

  @BeforeAll
  void start() throws IOException {
    Path config = Files.createDirectories(dataDir.resolve("config"));
    Files.copy(Path.of("config", "protocols.yaml"), config.resolve("protocols.yaml"),
        StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(config.resolve("clinic.yaml"), Files.readString(Path.of("config",
        "clinic.yaml")).replace("staffIds: []", "staffIds: [" + STAFF_MEMBER + "]")
        + "\nstaffChatId: " + STAFF_CHAT + "\n");
    api = new FakeBotApi();
    bot = new BotHarness(api, dataDir).start("--mesoplan.config-dir=" + config);
    StaffLog log = bot.app.getBean(StaffLog.class);
    log.lead("telegram:4711", "Goal: Hydration · name Quirinus Secretname");
    log.flag("telegram:4711", "SAME_DAY", "Painful lumps");
  }

  @AfterAll
  void stop() {
    bot.close();
    api.close();
  }

  private String inGroup(long group, long user, String text) {
    int before = api.texts(group).size();
    api.deliver(Updates.groupText(BotHarness.nextUpdateId(), group, user, text));
    api.await("an answer in " + group, a -> a.texts(group).size() > before, BotHarness.WAIT);
    BotHarness.sleepBriefly();
    List<String> texts = api.texts(group);
    return String.join("\n---\n", texts.subList(before, texts.size()));
  }

  private List<String> audit() {
    return bot.jdbc().sql("select actor || ' | ' || action || ' | ' || coalesce(person, '-') "
        + "from audit order by id").query(String.class).list();
  }

  @Test
  void aStaffMemberInAnotherGroupIsToldTheCommandIsNotAvailableThereAndSeesNothing() {
    for (String command : List.of("/leads", "/flags", "/ack 1", "/leads@mesoplan_bot")) {
      String answer = inGroup(OTHER_GROUP, STAFF_MEMBER, command);
      assertThat(answer).isEqualTo("That command is not available here.");
    }
    assertThat(api.texts(OTHER_GROUP)).noneMatch(t -> t.contains("Secretname")
        || t.contains("Painful") || t.contains("4711"));
    assertThat(bot.app.getBean(StaffLog.class).openFlagsOf("telegram:4711")).isNotEmpty();
  }

  @Test
  void aStaffMemberUsesTheCommandsInAPrivateChatAndIsAudited() {
    Person member = bot.person(STAFF_MEMBER, "en");
    assertThat(member.says("/leads")).contains("Secretname");
    assertThat(member.says("/flags")).contains("Painful lumps");
    assertThat(audit()).contains("staff telegram:" + STAFF_MEMBER + " | /leads | -",
        "staff telegram:" + STAFF_MEMBER + " | /leads: summary shown | telegram:4711")
        .noneMatch(line -> line.contains("Secretname") || line.contains("Hydration"));
  }

  @Test
  void someoneNotOnTheListGetsNothingInTheirPrivateChat() {
    Person stranger = bot.person(STRANGER, "en");
    String answer = stranger.says("/leads");
    assertThat(answer).contains("That command is not available here.")
        .doesNotContain("Secretname");
  }

  @Test
  void whoeverIsInTheStaffChatMayUseTheCommandsThereAndIsAuditedByTheirOwnId() {
    assertThat(inGroup(STAFF_CHAT, STRANGER, "/flags")).contains("Painful lumps");
    assertThat(audit()).contains("staff telegram:" + STRANGER + " | /flags | -");
  }

  @Test
  void anOrdinaryMessageInAnotherGroupStillGetsThePrivateOnlyNote() {
    assertThat(inGroup(OTHER_GROUP - 1, STAFF_MEMBER, "hello"))
        .contains("only talk in a private chat");
  }

  @Test
  void aRedFlagAlertGoesAheadOfSummaryCardsStillWaitingForTheStaffChat() {
    @SuppressWarnings("unchecked")
    Outbox<Outgoing> outbox = bot.app.getBean("telegramOutbox", Outbox.class);
    long quiet = -100_321L;
    String chat = UpdateProcessor.conversationOf(quiet);
    List<Long> cards = new java.util.ArrayList<>();
    // stored with a lease far ahead, so the sender leaves them where they are
    Optional<Instant> held = Optional.of(Instant.now().plus(Duration.ofHours(1)));
    for (int i = 0; i < 3; i++) {
      cards.add(outbox.add(chat, Outgoing.send(quiet, "card " + i, List.of()), held, false).id());
    }
    long alert = outbox.add(chat, Outgoing.send(quiet, "EMERGENCY", List.of()), held, true).id();
    assertThat(outbox.waiting(chat, 10)).extracting(Outbox.Entry::id)
        .containsExactly(alert, cards.get(0), cards.get(1), cards.get(2));
    outbox.dropPending(chat);
  }
}
