package com.mesoplan.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.Fixtures;
import com.mesoplan.i18n.Text;
import com.mesoplan.recommendation.Cocktail;
import com.mesoplan.recommendation.DayRange;
import com.mesoplan.recommendation.Goal;
import com.mesoplan.recommendation.PatientProfile;
import com.mesoplan.recommendation.RecommendationEngine;
import com.mesoplan.recommendation.Sensitivity;
import com.mesoplan.recommendation.Severity;
import com.mesoplan.recommendation.SkinType;
import com.mesoplan.recommendation.TreatmentPlan;
import com.mesoplan.recommendation.WorkingDays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CheckInAssessorTest {

  private final CheckInAssessor assessor = new CheckInAssessor(7,
      new WorkingDays(Fixtures.protocols().workingDays()), Fixtures.CLOCK, Fixtures.CONTACTS);
  /** Loading 4-5 sessions 7-14 days apart, maintenance every 28-42 days. */
  private final TreatmentPlan plan = new RecommendationEngine(Fixtures.protocols(),
      Cocktail.PEPTIDES, Fixtures.CLOCK).recommend(PatientProfile.of(Goal.DEEP_WRINKLES,
      Severity.MODERATE, SkinType.NORMAL, Sensitivity.NORMAL, 40));

  private CheckInAssessment assess(Set<Symptom> symptoms, int days, Progress progress, int done) {
    return assessor.assess(plan, new CheckInReport(2, symptoms, days, progress, done));
  }

  @Test
  void expectedReactionsThatSettleChangeNothing() {
    CheckInAssessment a = assess(EnumSet.of(Symptom.REDNESS, Symptom.BUMPS), 2, Progress.NO_CHANGE, 1);
    assertThat(a.level()).isEqualTo(AlertLevel.NONE);
    assertThat(a.nextIntervalDays()).contains(new DayRange(7, 14));
    assertThat(a.advice()).contains(Text.of("advice.expected", "days", 3));
    assertThat(a.nextDates().get(0)).isEqualTo(Fixtures.TODAY.minusDays(2).plusDays(11));
  }

  @Test
  void irritationLastingBeyondThreeDaysStretchesTheNextIntervalByAWeek() {
    CheckInAssessment a = assess(EnumSet.of(Symptom.SENSITIVITY), 4, Progress.NO_CHANGE, 1);
    assertThat(a.level()).isEqualTo(AlertLevel.EXTEND);
    assertThat(a.nextIntervalDays()).contains(new DayRange(14, 21));
    assertThat(a.advice()).first().isEqualTo(Text.of("advice.extend", "days", 7));
    assertThat(a.nextDates()).hasSize(plan.sessions().size() - 1);
    assertThat(a.nextDates().get(0)).isAfterOrEqualTo(Fixtures.TODAY.minusDays(2).plusDays(14));
  }

  @Test
  void skinThatLooksWorseWithNothingTickedStillStretchesTheTimeline() {
    CheckInAssessment a = assess(EnumSet.noneOf(Symptom.class), 2, Progress.WORSE, 1);
    assertThat(a.level()).isEqualTo(AlertLevel.EXTEND);
    assertThat(a.advice()).first().isEqualTo(Text.of("advice.extend", "days", 7));
    assertThat(assess(EnumSet.noneOf(Symptom.class), 2, Progress.NO_CHANGE, 1).level())
        .isEqualTo(AlertLevel.NONE);
  }

  @Test
  void growingSensitivityStretchesTheTimelineEvenEarly() {
    assertThat(assess(EnumSet.of(Symptom.SENSITIVITY), 1, Progress.WORSE, 1).level())
        .isEqualTo(AlertLevel.EXTEND);
  }

  @ParameterizedTest
  @EnumSource(value = Symptom.class, names = {"SPREADING_REDNESS_OR_WARMTH", "PUS_OR_FEVER",
      "PAINFUL_LUMPS", "COLD_SORE_BLISTERS"})
  void infectionOrNodulesPauseThePlanForTheClinicToday(Symptom symptom) {
    CheckInAssessment a = assess(EnumSet.of(symptom, Symptom.REDNESS), 1, Progress.NO_CHANGE, 2);
    assertThat(a.level()).isEqualTo(AlertLevel.SAME_DAY);
    assertThat(a.nextIntervalDays()).isEmpty();
    assertThat(a.nextDates()).isEmpty();
    assertThat(a.advice()).containsExactly(Text.of("advice.sameDay", "number", "999",
            "phone", "+44 20 7946 0000"),
        Text.of("advice.redFlag", "symptom", symptom));
  }

  @Test
  void swellingLastingOverAWeekNeedsTheClinicToday() {
    CheckInAssessment a = assess(EnumSet.of(Symptom.SWELLING), 8, Progress.NO_CHANGE, 2);
    assertThat(a.level()).isEqualTo(AlertLevel.SAME_DAY);
    assertThat(a.advice()).contains(Text.of("advice.lingering", "days", 8));
  }

  @ParameterizedTest
  @EnumSource(value = Symptom.class, names = {"BLANCHING_OR_DISCOLOURATION",
      "DISPROPORTIONATE_PAIN", "VISION_CHANGE", "HIVES_OR_BREATHING_TROUBLE"})
  void anEmergencySignWinsOverEverythingElse(Symptom sign) {
    CheckInAssessment a = assess(EnumSet.of(sign, Symptom.PUS_OR_FEVER, Symptom.SWELLING), 9,
        Progress.IMPROVED, 1);
    assertThat(a.level()).isEqualTo(AlertLevel.EMERGENCY);
    assertThat(a.advice().get(0)).isEqualTo(Text.of(sign.callsEmergencyServicesFirst()
        ? "advice.callEmergencyNow" : "advice.callClinicNow", "number", "999",
        "phone", "+44 20 7946 0000"));
    assertThat(a.advice()).contains(Text.of("advice.redFlag", "symptom", sign));
    assertThat(a.nextDates()).isEmpty();
  }

  @Test
  void goodProgressInMaintenanceMovesToTheLongerEnd() {
    CheckInAssessment a = assess(Set.of(), 0, Progress.IMPROVED, 6);
    assertThat(a.nextIntervalDays()).contains(new DayRange(42, 42));
    assertThat(a.advice()).contains(Text.of("advice.improved"));
  }

  @Test
  void aPlateauAfterThreeSessionsSuggestsReviewingTheCocktail() {
    assertThat(assess(Set.of(), 0, Progress.NO_CHANGE, 3).advice())
        .contains(Text.of("advice.plateau", "sessions", 3));
    assertThat(assess(Set.of(), 0, Progress.NO_CHANGE, 2).advice())
        .extracting(Text::key).doesNotContain("advice.plateau");
  }

  @Test
  void anAllergicReactionOrAChangeInVisionSendsToTheEmergencyNumberFirstWhateverElseIsTicked() {
    assertThat(assess(EnumSet.of(Symptom.VISION_CHANGE), 1, Progress.NO_CHANGE, 1).advice()
        .get(0).key()).isEqualTo("advice.callEmergencyNow");
    assertThat(assess(EnumSet.of(Symptom.HIVES_OR_BREATHING_TROUBLE,
        Symptom.BLANCHING_OR_DISCOLOURATION), 1, Progress.NO_CHANGE, 1).advice().get(0).key())
        .isEqualTo("advice.callEmergencyNow");
    assertThat(assess(EnumSet.of(Symptom.BLANCHING_OR_DISCOLOURATION,
        Symptom.DISPROPORTIONATE_PAIN), 1, Progress.NO_CHANGE, 1).advice().get(0).key())
        .as("blanching and pain: the clinic now, the emergency number if unreachable")
        .isEqualTo("advice.callClinicNow");
  }
}
