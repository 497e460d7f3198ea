package com.mesoplan.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.Fixtures;
import com.mesoplan.i18n.Text;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScreeningTest {

  private final RecommendationEngine engine =
      new RecommendationEngine(Fixtures.protocols(), Cocktail.HYALURONIC_ACID, Fixtures.CLOCK);
  private final PatientProfile adult = PatientProfile.of(Goal.HYDRATION, Severity.MODERATE,
      SkinType.NORMAL, Sensitivity.NORMAL, 30);

  @ParameterizedTest
  @EnumSource(value = ScreeningFinding.class,
      names = {"PREGNANT_OR_BREASTFEEDING", "ACTIVE_INFECTION", "INGREDIENT_ALLERGY"})
  void aHardStopGivesNoScheduleOnlyAReferral(ScreeningFinding finding) {
    TreatmentPlan plan = engine.recommend(adult.withScreening(EnumSet.of(finding)));
    assertThat(plan.status()).isEqualTo(PlanStatus.REFERRED);
    assertThat(plan.loading()).isEmpty();
    assertThat(plan.sessions()).isEmpty();
    assertThat(plan.reasons()).containsExactly(Text.of("referral." + finding.name()));
    assertThat(plan.consult().key()).isEqualTo("consult.practitioner");
  }

  @ParameterizedTest
  @EnumSource(value = ScreeningFinding.class, names = {"BLOOD_THINNERS", "AUTOIMMUNE", "KELOID",
      "RECENT_ISOTRETINOIN_OR_RESURFACING", "RECENT_ILLNESS_OR_VACCINATION", "FILLER_REACTION",
      "FREQUENT_COLD_SORES", "PLANNING_PREGNANCY", "RECENT_FILLER_OR_BOTOX", "RETINOIDS_OR_ACIDS",
      "SUNBURN_OR_TAN"})
  void aCautionKeepsTheScheduleButMakesItProvisional(ScreeningFinding finding) {
    TreatmentPlan plan = engine.recommend(adult.withScreening(EnumSet.of(finding)));
    assertThat(plan.status()).isEqualTo(PlanStatus.PROVISIONAL);
    assertThat(plan.isBookable()).isFalse();
    assertThat(plan.sessions()).isNotEmpty();
    assertThat(plan.cautions()).containsExactly(Text.of("caution." + finding.name()));
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"RECENT_ILLNESS_OR_VACCINATION, 14",
      "RECENT_FILLER_OR_BOTOX, 14", "RECENT_ISOTRETINOIN_OR_RESURFACING, 181"})
  void aCautionsWaitingTimePushesTheFirstDate(ScreeningFinding finding, int days) {
    TreatmentPlan plan = engine.recommend(adult.withScreening(EnumSet.of(finding)));
    assertThat(plan.sessions().get(0).date())
        .isAfterOrEqualTo(com.mesoplan.Fixtures.TODAY.plusDays(days));
    assertThat(plan.reasons()).extracting(Text::key).contains("reason.waitingTime");
    TreatmentPlan none = engine.recommend(adult);
    assertThat(none.sessions().get(0).date()).isBefore(com.mesoplan.Fixtures.TODAY.plusDays(7));
  }

  @Test
  void underEighteenIsReferredWhateverElseTheyAnswer() {
    TreatmentPlan plan = engine.recommend(adult.withAge(17));
    assertThat(plan.status()).isEqualTo(PlanStatus.REFERRED);
    assertThat(plan.reasons()).containsExactly(Text.of("referral.UNDER_18", "age", 18));
    assertThat(engine.recommend(adult.withAge(18)).status()).isEqualTo(PlanStatus.OK);
  }

  @Test
  void aHardStopWinsOverACaution() {
    TreatmentPlan plan = engine.recommend(adult.withScreening(
        EnumSet.of(ScreeningFinding.KELOID, ScreeningFinding.PREGNANT_OR_BREASTFEEDING)));
    assertThat(plan.status()).isEqualTo(PlanStatus.REFERRED);
    assertThat(plan.cautions()).containsExactly(Text.of("caution.KELOID"));
  }

  @Test
  void datesStartOnThePreferredDayOrTheNextWorkingDay() {
    LocalDate saturday = LocalDate.of(2026, 12, 5);
    assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(engine.recommend(adult.withStartDate(saturday)).sessions().get(0).date())
        .isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(engine.recommend(adult).sessions().get(0).date())
        .isEqualTo(Fixtures.TODAY.plusDays(1));
    assertThat(engine.recommend(adult.withStartDate(Fixtures.TODAY.minusDays(3))).sessions()
        .get(0).date()).isEqualTo(Fixtures.TODAY.plusDays(1));
    assertThat(engine.recommend(adult).sessions()).allSatisfy(s ->
        assertThat(s.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
  }
}
