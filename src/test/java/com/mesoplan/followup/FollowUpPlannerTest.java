package com.mesoplan.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.Fixtures;
import com.mesoplan.recommendation.Cocktail;
import com.mesoplan.recommendation.Goal;
import com.mesoplan.recommendation.PatientProfile;
import com.mesoplan.recommendation.RecommendationEngine;
import com.mesoplan.recommendation.Sensitivity;
import com.mesoplan.recommendation.Severity;
import com.mesoplan.recommendation.SkinType;
import com.mesoplan.recommendation.TreatmentPlan;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpPlannerTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private final TreatmentPlan plan = new RecommendationEngine(Fixtures.protocols(),
      Cocktail.PEPTIDES, Fixtures.CLOCK).recommend(PatientProfile.of(Goal.DEEP_WRINKLES,
      Severity.MODERATE, SkinType.NORMAL, Sensitivity.NORMAL, 40));

  private static FollowUpSettings settings(LocalTime at, Duration day) {
    return new FollowUpSettings(at, 1, 1, LocalTime.of(21, 0), LocalTime.of(9, 0), day);
  }

  @Test
  void aReminderTheDayBeforeAndACheckInTheDayAfterEachSessionAtTheLocalTime() {
    List<Nudge> nudges = new FollowUpPlanner(settings(LocalTime.of(10, 0), Duration.ofDays(1)),
        Fixtures.CLOCK).nudges(plan, BERLIN, 0);
    LocalDate second = plan.sessions().get(1).date();
    assertThat(nudges).contains(
        new Nudge(Nudge.Kind.REMINDER, 1, second, ZonedDateTime.of(second.minusDays(1),
            LocalTime.of(10, 0), BERLIN).toInstant()),
        new Nudge(Nudge.Kind.CHECK_IN, 1, second, ZonedDateTime.of(second.plusDays(1),
            LocalTime.of(10, 0), BERLIN).toInstant()));
    assertThat(nudges).allSatisfy(n -> assertThat(n.at()).isAfter(Fixtures.CLOCK.instant()));
  }

  @Test
  void nothingIsScheduledInThePastOrForSessionsAlreadyDone() {
    List<Nudge> nudges = new FollowUpPlanner(settings(LocalTime.of(10, 0), Duration.ofDays(1)),
        Fixtures.CLOCK).nudges(plan, BERLIN, 2);
    assertThat(nudges).extracting(Nudge::session).doesNotContain(0, 1);
    assertThat(nudges.stream().filter(n -> n.kind() != Nudge.Kind.LATE_CHECK_IN))
        .hasSize(2 * (plan.sessions().size() - 2));
  }

  @Test
  void lateCheckInsComeTwoAndSixWeeksAfterTheLastLoadingSessionAndEachMaintenanceSession() {
    List<Nudge> late = new FollowUpPlanner(settings(LocalTime.of(10, 0), Duration.ofDays(1)),
        Fixtures.CLOCK).nudges(plan, BERLIN, 0).stream()
        .filter(n -> n.kind() == Nudge.Kind.LATE_CHECK_IN).toList();
    int lastLoading = (int) plan.sessions().stream()
        .filter(s -> s.phase() == TreatmentPlan.Phase.LOADING).count() - 1;
    List<Integer> checked = new java.util.ArrayList<>();
    for (int i = lastLoading; i < plan.sessions().size(); i++) {
      checked.add(i);
      LocalDate session = plan.sessions().get(i).date();
      assertThat(late).contains(
          new Nudge(Nudge.Kind.LATE_CHECK_IN, i, session.plusDays(14), ZonedDateTime.of(
              session.plusDays(14), LocalTime.of(10, 0), BERLIN).toInstant()),
          new Nudge(Nudge.Kind.LATE_CHECK_IN, i, session.plusDays(42), ZonedDateTime.of(
              session.plusDays(42), LocalTime.of(10, 0), BERLIN).toInstant()));
    }
    assertThat(late).extracting(Nudge::session).hasSameElementsAs(checked).doesNotContain(0);
    assertThat(late).hasSize(2 * checked.size());
  }

  @Test
  void aMessageDueInTheQuietHoursWaitsUntilTheyEnd() {
    List<Nudge> late = new FollowUpPlanner(settings(LocalTime.of(22, 30), Duration.ofDays(1)),
        Fixtures.CLOCK).nudges(plan, BERLIN, 0);
    for (Nudge nudge : late) {
      LocalTime local = nudge.at().atZone(BERLIN).toLocalTime();
      assertThat(local).isEqualTo(LocalTime.of(9, 0));
    }
    List<Nudge> early = new FollowUpPlanner(settings(LocalTime.of(6, 0), Duration.ofDays(1)),
        Fixtures.CLOCK).nudges(plan, BERLIN, 0);
    Nudge first = early.stream().filter(n -> n.kind() == Nudge.Kind.REMINDER).findFirst()
        .orElseThrow();
    assertThat(first.at().atZone(BERLIN).toLocalDate())
        .isEqualTo(first.sessionDate().minusDays(1));
    assertThat(first.at().atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
  }

  @Test
  void aShortDayLengthCompressesTheCourseIntoSeconds() {
    List<Nudge> nudges = new FollowUpPlanner(settings(LocalTime.of(12, 0), Duration.ofSeconds(2)),
        Fixtures.CLOCK).nudges(plan, ZoneId.of("UTC"), 0);
    Instant now = Fixtures.CLOCK.instant();
    Nudge reminder = nudges.get(0);
    assertThat(reminder.kind()).isEqualTo(Nudge.Kind.REMINDER);
    assertThat(Duration.between(now, reminder.at())).isEqualTo(Duration.ofSeconds(1));
    assertThat(Duration.between(now, nudges.get(nudges.size() - 1).at()))
        .isLessThan(Duration.ofMinutes(10));
  }
}
