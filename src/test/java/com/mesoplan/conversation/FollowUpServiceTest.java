package com.mesoplan.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.Fixtures;
import com.mesoplan.followup.Nudge;
import com.mesoplan.recommendation.TreatmentPlan;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reminders and check-ins, from the offer after a plan to the assessment of a check-in. */
class FollowUpServiceTest {

  private final Chats chats = new Chats();

  private Reply press(String step, String option) {
    return chats.service.handle("c", new Incoming.Pressed(0, step, option), Optional.of("en"));
  }

  private String send(String line) {
    return chats.send("c", line, "en");
  }

  /** Deep wrinkles, moderate, peptides, 40: loading 4-5 sessions 7-14 days apart. */
  private TreatmentPlan plan() {
    for (String line : List.of("/start", "1", "40", "4", "12", "4", "2", "2", "2", "3", "2", "2",
        "1", "4")) {
      send(line);
    }
    assertThat(send("1")).contains("Would you like me to remind you").contains("Yes, remind me");
    return chats.plans.find("c").orElseThrow();
  }

  @Test
  void acceptingTheOfferSchedulesARemindersAndACheckInForEverySession() {
    TreatmentPlan plan = plan();
    assertThat(Chats.render(press("followup", "on"))).contains("Reminders are on");
    List<Nudge> nudges = chats.fakes.scheduled.get("c");
    assertThat(nudges).filteredOn(n -> n.kind() == Nudge.Kind.CHECK_IN)
        .hasSize(plan.sessions().size());
    assertThat(nudges).filteredOn(n -> n.kind() == Nudge.Kind.REMINDER)
        .extracting(Nudge::session).containsExactlyElementsOf(
            java.util.stream.IntStream.range(1, plan.sessions().size()).boxed().toList());
    assertThat(chats.fakes.followUps.get("c").status()).isEqualTo(FollowUp.Status.ACTIVE);
  }

  @Test
  void remindersFollowThePersonsOwnTimeZoneOnceTheyGiveIt() {
    plan();
    assertThat(Chats.render(press("followup", "on"))).contains("/timezone Europe/Berlin");
    assertThat(send("/timezone Mars/Olympus")).contains("Please give a time zone");
    assertThat(send("/timezone Asia/Tokyo")).contains("Your time zone is now Asia/Tokyo");
    assertThat(chats.fakes.scheduled.get("c")).allSatisfy(n -> assertThat(
        n.at().atZone(java.time.ZoneId.of("Asia/Tokyo")).toLocalTime())
        .isEqualTo(java.time.LocalTime.of(10, 0)));
    assertThat(chats.fakes.followUps.get("c").timeZone()).contains(java.time.ZoneId.of("Asia/Tokyo"));
  }

  @Test
  void decliningTheOfferSchedulesNothing() {
    plan();
    assertThat(Chats.render(press("followup", "off"))).contains("no reminders");
    assertThat(chats.fakes.scheduled).isEmpty();
  }

  @Test
  void aMovedSessionShiftsItAndTheLaterOnesAndTheirReminders() {
    TreatmentPlan plan = plan();
    press("followup", "on");
    LocalDate first = plan.sessions().get(0).date();
    LocalDate moved = first.plusDays(3);
    String reply = send("/moved " + moved.getDayOfMonth() + "." + moved.getMonthValue() + "."
        + moved.getYear());
    assertThat(reply).contains("the session moved");
    TreatmentPlan after = chats.plans.find("c").orElseThrow();
    for (int i = 0; i < plan.sessions().size(); i++) {
      assertThat(after.sessions().get(i).date()).isEqualTo(plan.sessions().get(i).date().plusDays(3));
    }
    assertThat(chats.fakes.scheduled.get("c")).anySatisfy(n -> assertThat(n.sessionDate()).isEqualTo(moved));
    assertThat(send("/moved someday")).contains("/moved 15.01.2027");
  }

  @Test
  void aMoveTooSoonAfterTheLastSessionIsRefusedNamingTheEarliestDay() {
    TreatmentPlan plan = plan();
    press("followup", "on");
    send("/done");
    LocalDate last = plan.sessions().get(0).date();
    LocalDate tooSoon = last.plusDays(5);
    String refused = send("/moved " + tooSoon.getDayOfMonth() + "." + tooSoon.getMonthValue()
        + "." + tooSoon.getYear());
    LocalDate earliest = last.plusDays(7);
    assertThat(refused).contains("sessions need at least 7 days between them")
        .contains(Fixtures.messages().render("en",
            com.mesoplan.i18n.Text.of("plan.session", "number", 1, "date", earliest)).strip()
            .substring(3));
    assertThat(chats.plans.find("c").orElseThrow().sessions()).isEqualTo(plan.sessions());
    assertThat(send("/moved " + earliest.getDayOfMonth() + "." + earliest.getMonthValue() + "."
        + earliest.getYear())).contains("the session moved");
  }

  @Test
  void skinThatLooksWorseWithNothingTickedStretchesTheTimelineAndTellsTheClinic() {
    TreatmentPlan plan = plan();
    press("followup", "on");
    chats.nudges.fire("c", Nudge.Kind.CHECK_IN, 0, plan.sessions().get(0).date());
    assertThat(send("14")).contains("how does your skin look?");
    String reply = send("3");
    assertThat(reply).contains("the next session moves at least 7 days later")
        .contains("The clinic has been told");
    assertThat(chats.fakes.alerts).containsExactly("IRRITATION []");
  }

  @Test
  void doneAndSkippedMoveThroughTheCourse() {
    TreatmentPlan plan = plan();
    press("followup", "on");
    assertThat(send("/done")).contains("Noted, thank you");
    assertThat(chats.fakes.followUps.get("c").sessionsDone()).isEqualTo(1);
    assertThat(send("/skipped")).contains("that session is off the plan");
    assertThat(chats.plans.find("c").orElseThrow().sessions()).hasSize(plan.sessions().size() - 1);
    assertThat(chats.fakes.scheduled.get("c")).noneMatch(n -> n.session() == 0);
  }

  @Test
  void pauseAndStopCancelEverythingAndResumeSchedulesAgain() {
    plan();
    press("followup", "on");
    assertThat(send("/pause")).contains("paused");
    assertThat(chats.fakes.scheduled).doesNotContainKey("c");
    assertThat(send("/resume")).contains("Reminders are on");
    assertThat(chats.fakes.scheduled).containsKey("c");
    assertThat(send("/stop")).contains("stopped");
    assertThat(chats.fakes.scheduled).doesNotContainKey("c");
  }

  @Test
  void aReminderFiresOnlyWhileTheSessionIsStillOnThatDay() {
    TreatmentPlan plan = plan();
    press("followup", "on");
    LocalDate first = plan.sessions().get(0).date();
    chats.nudges.fire("c", Nudge.Kind.REMINDER, 0, first.plusDays(1));
    assertThat(chats.fakes.notified).isEmpty();
    chats.nudges.fire("c", Nudge.Kind.REMINDER, 0, first);
    assertThat(Chats.render(chats.fakes.notified.get(0))).contains("Reminder: your mesotherapy session 1")
        .contains("It is still on").contains("It was moved").contains("It will not happen");
    assertThat(Chats.render(press("session", "kept"))).contains("see you there");
    assertThat(Chats.render(press("session", "moved"))).contains("/moved 15.01.2027");
    assertThat(Chats.render(press("session", "skipped"))).contains("that session is off the plan");
    assertThat(chats.plans.find("c").orElseThrow().sessions()).hasSize(plan.sessions().size() - 1);
  }

  @Test
  void aCheckInWithExpectedReactionsReassuresAndKeepsThePlan() {
    TreatmentPlan plan = plan();
    press("followup", "on");
    chats.nudges.fire("c", Nudge.Kind.CHECK_IN, 0, plan.sessions().get(0).date());
    assertThat(Chats.render(chats.fakes.notified.get(0))).contains("A quick check-in after session 1")
        .contains("Nothing unusual");
    assertThat(send("1")).contains("For how many days");
    assertThat(send("2")).contains("how does your skin look");
    String reply = send("2");
    assertThat(reply).contains("are common and settle within about 3 days");
    assertThat(chats.plans.find("c").orElseThrow().sessions()).isEqualTo(plan.sessions());
    assertThat(chats.fakes.alerts).isEmpty();
  }

  @Test
  void lastingIrritationStretchesTheNextSessionsAndTellsTheClinic() {
    TreatmentPlan plan = plan();
    press("followup", "on");
    chats.nudges.fire("c", Nudge.Kind.CHECK_IN, 0, plan.sessions().get(0).date());
    send("5");
    send("5");
    String reply = send("2");
    assertThat(reply).contains("the next session moves at least 7 days later")
        .contains("moved later so your skin can recover");
    TreatmentPlan after = chats.plans.find("c").orElseThrow();
    assertThat(after.sessions().get(1).date()).isAfter(plan.sessions().get(1).date());
    assertThat(chats.fakes.alerts).containsExactly("IRRITATION [SENSITIVITY]");
  }

  @Test
  void anEmergencySignPausesThePlanAndAlertsStaffAtOnce() {
    TreatmentPlan plan = plan();
    press("followup", "on");
    chats.nudges.fire("c", Nudge.Kind.CHECK_IN, 0, plan.sessions().get(0).date());
    String reply = send("12");
    assertThat(reply).startsWith("Call 999 (emergency services) now.")
        .contains("let the clinic know: +44 20 7946 0000").contains("Any change in vision")
        .contains("Your plan is paused. The clinic’s staff have been told");
    assertThat(chats.fakes.followUps.get("c").status()).isEqualTo(FollowUp.Status.SAFETY_PAUSE);
    assertThat(chats.fakes.scheduled).doesNotContainKey("c");
    assertThat(chats.fakes.alerts).containsExactly("EMERGENCY [VISION_CHANGE]");
  }

  @Test
  void aSameDaySignPausesThePlanAndAlertsStaff() {
    TreatmentPlan plan = plan();
    press("followup", "on");
    chats.nudges.fire("c", Nudge.Kind.CHECK_IN, 0, plan.sessions().get(0).date());
    send("7");
    send("1");
    assertThat(send("3")).contains("Please call the clinic today: +44 20 7946 0000");
    assertThat(chats.fakes.alerts).containsExactly("SAME_DAY [PUS_OR_FEVER]");
    assertThat(Fixtures.TODAY).isNotNull();
  }

  @Test
  void blanchingSendsToTheClinicsPhoneFirstAndWithoutAStaffChatNobodyClaimsStaffWereTold() {
    TreatmentPlan plan = plan();
    chats.fakes.staffChat = false;
    press("followup", "on");
    chats.nudges.fire("c", Nudge.Kind.CHECK_IN, 0, plan.sessions().get(0).date());
    String reply = send("10");
    assertThat(reply).startsWith("Call the clinic now: +44 20 7946 0000.")
        .contains("If you cannot reach them within a few minutes, call 999")
        .contains("I cannot alert the clinic for you").doesNotContain("have been told");
  }

  @Test
  void aSafetyPauseIsLiftedByTheClinicNotByThePerson() {
    TreatmentPlan plan = plan();
    press("followup", "on");
    chats.nudges.fire("c", Nudge.Kind.CHECK_IN, 0, plan.sessions().get(0).date());
    send("12");
    assertThat(send("/resume")).contains("The clinic will resume it once a practitioner has "
        + "seen you");
    assertThat(send("/reminders")).contains("The clinic will resume it");
    assertThat(chats.fakes.followUps.get("c").status()).isEqualTo(FollowUp.Status.SAFETY_PAUSE);
    assertThat(chats.fakes.scheduled).doesNotContainKey("c");
    String stillOn = Chats.render(chats.service.handle("c",
        new Incoming.Pressed(0, FollowUpService.SESSION, "kept"), Optional.of("en")));
    assertThat(stillOn).contains("Your plan is paused at the moment").doesNotContain("see you");

    Optional<Reply> told = chats.followUps.resumeAfterSafetyPause("c");
    assertThat(told.map(Chats::render).orElseThrow()).contains("the clinic has cleared you");
    assertThat(chats.fakes.followUps.get("c").status()).isEqualTo(FollowUp.Status.ACTIVE);
    assertThat(chats.fakes.scheduled.get("c")).isNotEmpty();
    assertThat(chats.followUps.resumeAfterSafetyPause("c")).as("only a safety pause").isEmpty();
  }

  @Test
  void aProblemCanBeReportedAtAnyTimeByCommandByButtonOrInPlainWords() {
    TreatmentPlan plan = plan();
    String typed = send("my cheek is swollen and hot since yesterday");
    assertThat(typed).startsWith("If you have trouble breathing").contains("call 999 now")
        .contains("+44 20 7946 0000").contains("How is your skin since the session")
        .doesNotContain("Nothing is waiting");
    assertThat(send("/problem")).contains("How is your skin since the session");
    press("followup", "on");
    Reply reminder = chats.followUps.reminder(0, plan.sessions().get(0).date(), "en");
    assertThat(reminder.messages().get(0).buttons()).extracting(Reply.Button::label)
        .contains("Report a problem");
    assertThat(Chats.render(press(FollowUpService.SESSION, FollowUpService.PROBLEM)))
        .contains("How is your skin since the session");
    assertThat(send("12")).startsWith("Call 999 (emergency services) now.");
    assertThat(chats.fakes.alerts).containsExactly("EMERGENCY [VISION_CHANGE]");
  }

  @Test
  void aProblemFromSomeoneWithoutAPlanStillGetsTheGuidanceAndReachesTheClinic() {
    assertThat(chats.send("new", "/problem", "en")).startsWith("If you have trouble breathing");
    chats.send("x", "/start", "en");
    chats.send("x", "1", "en");
    String during = chats.send("x", "/problem", "en");
    assertThat(during).startsWith("If you have trouble breathing").contains("Question 2 of 14")
        .contains("please call the clinic: +44 20 7946 0000");
    assertThat(chats.store.find("x").orElseThrow().dialog().answers())
        .as("the pre-consultation under way is kept").containsEntry("consent", "agree");
    chats.send("x", "16", "en");
    String check = chats.send("x", "/problem", "ru");
    assertThat(check).contains("звоните 999");
    String urgent = chats.send("x", "10", "ru");
    assertThat(urgent).startsWith("Позвоните в клинику прямо сейчас: +44 20 7946 0000.");
    assertThat(chats.fakes.alerts).containsExactly("EMERGENCY [BLANCHING_OR_DISCOLOURATION]");
  }

  @Test
  void aLateCheckInWeeksAfterASessionAsksAboutLumpsThatCameLate() {
    TreatmentPlan plan = plan();
    press("followup", "on");
    LocalDate last = plan.sessions().get(4).date();
    chats.fakes.notified.clear();
    chats.nudges.fire("c", Nudge.Kind.LATE_CHECK_IN, 4, last.plusDays(13));
    assertThat(chats.fakes.notified).as("not the configured day: nothing").isEmpty();
    chats.nudges.fire("c", Nudge.Kind.LATE_CHECK_IN, 4, last.plusDays(14));
    assertThat(chats.fakes.notified).extracting(Chats::render).singleElement().asString()
        .contains("since session 5").contains("lumps")
        .contains("How is your skin since the session");
    send("8");
    send("1");
    assertThat(send("3")).contains("Please call the clinic today");
    assertThat(chats.fakes.alerts).containsExactly("SAME_DAY [PAINFUL_LUMPS]");
  }

  @Test
  void aReminderBeforeTheNextSessionAsksWhetherAReactionIsStillThere() {
    TreatmentPlan plan = plan();
    assertThat(Chats.render(chats.followUps.reminder(1, plan.sessions().get(1).date(), "en")))
        .contains("still there").contains("Report a problem");
    assertThat(Chats.render(chats.followUps.reminder(0, plan.sessions().get(0).date(), "en")))
        .doesNotContain("still there");
  }
}
