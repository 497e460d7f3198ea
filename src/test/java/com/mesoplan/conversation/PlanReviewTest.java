package com.mesoplan.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.Fixtures;
import com.mesoplan.recommendation.PlanStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A provisional plan waits for a practitioner: no dates and no reminders until the clinic clears
 * it; a waiting time pushes its first date; clearing dates it, declining asks the person in.
 */
class PlanReviewTest {

  private final Chats chats = new Chats();
  private final StaffCommands staff = new StaffCommands(chats.fakes.staffLog, chats.fakes.audit,
      Fixtures.messages(), new StaffActions(chats.fakes.staffLog, chats.fakes.audit,
          chats.followUps, chats.fakes.notifier, new PlanReviews(chats.plans,
              new PlanTexts(Fixtures.messages(), Fixtures.clinic()), chats.followUps,
              chats.store, Fixtures.messages(), Fixtures.CLOCK)), Chats.WORDS,
      staff -> Optional.of("https://clinic.example/console/sign-in?token=for-" + staff));

  /** Blood thinners and an illness in the last two weeks: provisional, 14 days to wait. */
  private String finishProvisional(String language) {
    String reply = "";
    for (String line : List.of("/start", "1", "33", "4", "1,5", "1", "1", "1", "3", "5", "3",
        "1", "2", "4", "1")) {
      reply = chats.send("c", line, language);
    }
    return reply;
  }

  private String staffSays(String line) {
    return Chats.render(staff.handle((Incoming.Command) Incoming.fromLine(line), "telegram:7"));
  }

  @Test
  void aProvisionalPlanShowsNoDatesAndNoReminderOfferAndGoesToTheClinicForReview() {
    String reply = finishProvisional("en");
    assertThat(reply).contains("Your provisional schedule").contains("Loading phase:")
        .contains("A practitioner at the clinic will review your answers")
        .contains("the first no earlier than Mon 7 Dec 2026")
        .doesNotContain("Proposed dates").doesNotContain("Yes, remind me")
        .doesNotContain("/calendar");
    assertThat(chats.plans.find("c").orElseThrow().sessions().get(0).date())
        .as("two weeks after the illness at the earliest")
        .isAfterOrEqualTo(Fixtures.TODAY.plusDays(14));
    assertThat(chats.fakes.notified).extracting(Chats::render).last().asString()
        .startsWith("Provisional plan #100 waits for a practitioner: /clear 100")
        .contains("Blood thinners or a bleeding disorder").contains("• screening: ");
    assertThat(chats.send("c", "/reminders", "en")).contains("Reminders start once a "
        + "practitioner at the clinic has cleared your plan");
    assertThat(chats.send("c", "/calendar", "en")).contains("There is no plan yet");
    assertThat(staffSays("/review")).contains("#100").contains("Blood thinners");
  }

  @Test
  void clearingGivesThePersonTheirDatesAndTheReminderOfferAndIsAudited() {
    finishProvisional("ru");
    chats.fakes.notified.clear();
    assertThat(staffSays("/clear 100")).isEqualTo("Plan #100 is cleared; the person has their "
        + "dates.\n");
    Reply told = chats.fakes.notified.get(0);
    assertThat(Chats.render(told)).contains("ваш план одобрен специалистом клиники")
        .contains("Предлагаемые даты").contains("7 декабря 2026");
    assertThat(told.messages()).anySatisfy(m -> assertThat(m.buttons()).isNotEmpty());
    assertThat(chats.plans.find("c").orElseThrow().status()).isEqualTo(PlanStatus.OK);
    assertThat(chats.send("c", "/reminders", "ru")).contains("Напоминания включены");
    assertThat(chats.fakes.audited)
        .contains("staff telegram:7 · /clear 100: provisional plan cleared · c");
    assertThat(staffSays("/clear 100")).contains("There is no open red flag or plan #100");
  }

  @Test
  void decliningAsksThePersonInWithTheNoteAndGivesNoDates() {
    finishProvisional("en");
    chats.fakes.notified.clear();
    assertThat(staffSays("/decline 100 Please call us to book a patch test"))
        .contains("Plan #100 is declined");
    String told = Chats.render(chats.fakes.notified.get(0));
    assertThat(told).contains("would like to see you in person")
        .contains("Their note: Please call us to book a patch test").contains("+44 20 7946 0000")
        .doesNotContain("Proposed dates");
    assertThat(chats.plans.find("c").orElseThrow().status()).isEqualTo(PlanStatus.PROVISIONAL);
    assertThat(chats.fakes.audited).noneMatch(line -> line.contains("patch test"));
    assertThat(staffSays("/review")).contains("No provisional plans are waiting");
  }

  @Test
  void aReviewThatTookLongerThanTheFirstDateMovesTheDatesOnByWholeWeeks() {
    finishProvisional("en");
    var plan = chats.plans.find("c").orElseThrow();
    LocalDate past = Fixtures.TODAY.minusDays(10);
    long shift = plan.sessions().get(0).date().toEpochDay() - past.toEpochDay();
    chats.plans.save("c", plan.withSessions(plan.sessions().stream()
        .map(s -> new com.mesoplan.recommendation.TreatmentPlan.ProposedSession(
            s.date().minusDays(shift), s.phase())).toList()));
    staffSays("/clear 100");
    var cleared = chats.plans.find("c").orElseThrow();
    assertThat(cleared.sessions().get(0).date()).isAfter(Fixtures.TODAY);
    assertThat(cleared.sessions().get(0).date().getDayOfWeek()).isEqualTo(past.getDayOfWeek());
    for (int i = 1; i < cleared.sessions().size(); i++) {
      assertThat(cleared.sessions().get(i).date().toEpochDay()
          - cleared.sessions().get(i - 1).date().toEpochDay())
          .isEqualTo(plan.sessions().get(i).date().toEpochDay()
              - plan.sessions().get(i - 1).date().toEpochDay());
    }
    assertThat(Optional.of(cleared.status())).contains(PlanStatus.OK);
  }
}
