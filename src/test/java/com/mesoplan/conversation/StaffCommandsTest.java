package com.mesoplan.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.Fixtures;
import com.mesoplan.followup.AlertLevel;
import com.mesoplan.followup.Symptom;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Staff read people by name with a button to their chat, symptoms as words, local times. */
class StaffCommandsTest {

  private final Chats chats = new Chats();
  private final StaffWords tokyo = new StaffWords(Fixtures.messages(),
      id -> new PersonContacts.Contact("Ann (@ann)", Optional.of("https://t.me/ann")),
      ZoneId.of("Asia/Tokyo"));
  private final StaffCommands staff = new StaffCommands(chats.fakes.staffLog, chats.fakes.audit,
      Fixtures.messages(), new StaffActions(chats.fakes.staffLog, chats.fakes.audit,
          chats.followUps, chats.fakes.notifier, new PlanReviews(chats.plans,
              new PlanTexts(Fixtures.messages(), Fixtures.clinic()), chats.followUps,
              chats.store, Fixtures.messages(), Fixtures.CLOCK)), tokyo,
      staff -> Optional.of("https://clinic.example/console/sign-in?token=for-" + staff));

  @Test
  void consoleAnswersWithTheAskersOwnOneTimeLinkAndRecordsIt() {
    Reply answer = staff.handle(new Incoming.Command("console", ""), "telegram:7");
    assertThat(answer.messages().get(0).text()).contains("valid for 10 minutes, once")
        .contains("https://clinic.example/console/sign-in?token=for-telegram:7");
    assertThat(chats.fakes.audited).contains("staff telegram:7 · /console: sign-in link given · -");
  }

  @Test
  void flagsNameThePersonWithAButtonToTheirChatInTheClinicsTime() {
    chats.fakes.staffLog.flag("telegram:42", "EMERGENCY",
        tokyo.symptoms(EnumSet.of(Symptom.VISION_CHANGE, Symptom.HIVES_OR_BREATHING_TROUBLE)));
    Reply flags = staff.handle(new Incoming.Command("flags", ""), "telegram:7");
    assertThat(flags.messages().get(0).text()).contains("#1 EMERGENCY · 1 Jan 1970 09:00 · "
        + "reported: any change in vision, hives, swelling of the face or throat, or trouble "
        + "breathing · Ann (@ann)").doesNotContain("telegram:42");
    assertThat(flags.messages().get(0).links()).containsExactly(
        new Reply.Link("#1 · Open the chat with Ann (@ann)", "https://t.me/ann"));
  }

  @Test
  void aRedFlagAlertNamesThePersonAndOpensTheirChatInOneTap() {
    StaffNotices notices = new StaffNotices(chats.fakes.notifier, Fixtures.messages(),
        Optional.of("telegram:-100"), tokyo, chats.fakes.staffLog);
    notices.redFlag("telegram:42", AlertLevel.EMERGENCY, EnumSet.of(Symptom.VISION_CHANGE),
        "ru");
    Reply.Message alert = chats.fakes.notified.get(0).messages().get(0);
    assertThat(alert.text()).isEqualTo("EMERGENCY: Ann (@ann) reported: any change in vision. "
        + "Their plan is paused. Contact them now.");
    assertThat(alert.links()).extracting(Reply.Link::url).containsExactly("https://t.me/ann");
  }
}
