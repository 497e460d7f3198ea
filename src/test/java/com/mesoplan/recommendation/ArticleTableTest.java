package com.mesoplan.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.Fixtures;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** One case per row of the article's table, with the shipped protocol. */
class ArticleTableTest {

  private final RecommendationEngine engine =
      new RecommendationEngine(Fixtures.protocols(), Cocktail.HYALURONIC_ACID, Fixtures.CLOCK);

  private TreatmentPlan plan(PatientProfile profile) {
    return engine.recommend(profile);
  }

  private static PatientProfile profile(Goal goal, Severity severity) {
    return PatientProfile.of(goal, severity, SkinType.NORMAL, Sensitivity.NORMAL, 40)
        .withCocktail(Cocktail.PEPTIDES);
  }

  @Test
  void significantConcernsLoadThreeToFiveSessionsOneToTwoWeeksApartThenEveryFourToSixWeeks() {
    for (Goal goal : new Goal[] {Goal.DEEP_WRINKLES, Goal.ACNE_SCARS}) {
      TreatmentPlan plan = plan(profile(goal, Severity.MODERATE));
      assertThat(plan.loading().orElseThrow().sessions()).isEqualTo(new DayRange(4, 5));
      assertThat(plan.loading().orElseThrow().intervalDays()).isEqualTo(new DayRange(7, 14));
      assertThat(plan.maintenance().orElseThrow().intervalDays()).isEqualTo(new DayRange(28, 42));
    }
  }

  @Test
  void preventionAndMildHydrationNeedFewerSessionsAndTouchUpsEveryTwoToFourMonths() {
    TreatmentPlan prevention = plan(PatientProfile.of(Goal.PREVENTION, Severity.MILD,
        SkinType.NORMAL, Sensitivity.NORMAL, 28));
    TreatmentPlan hydration = plan(PatientProfile.of(Goal.HYDRATION, Severity.MILD,
        SkinType.NORMAL, Sensitivity.NORMAL, 35));
    TreatmentPlan wrinkles = plan(profile(Goal.DEEP_WRINKLES, Severity.MODERATE));
    for (TreatmentPlan light : new TreatmentPlan[] {prevention, hydration}) {
      DayRange maintenance = light.maintenance().orElseThrow().intervalDays();
      assertThat(maintenance.min()).isGreaterThanOrEqualTo(60);
      assertThat(maintenance.max()).isLessThanOrEqualTo(120);
      assertThat(light.loading().orElseThrow().sessions().max())
          .isLessThan(wrinkles.loading().orElseThrow().sessions().min());
    }
  }

  @Test
  void aPhasedPlanLoadsThreeToFiveSessionsAboutTwoWeeksApartThenEveryOneToThreeMonths() {
    TreatmentPlan plan = plan(profile(Goal.FINE_LINES, Severity.MODERATE));
    assertThat(plan.loading().orElseThrow().sessions()).isEqualTo(new DayRange(4, 5));
    assertThat(plan.loading().orElseThrow().intervalDays().max()).isEqualTo(14);
    DayRange maintenance = plan.maintenance().orElseThrow().intervalDays();
    assertThat(maintenance.min()).isGreaterThanOrEqualTo(28);
    assertThat(maintenance.max()).isLessThanOrEqualTo(90);
  }

  @Test
  void rejuvenationLoadsFourToSixSessionsOneToTwoWeeksApartThenEveryFourToSixWeeks() {
    TreatmentPlan plan = plan(profile(Goal.FINE_LINES, Severity.SEVERE));
    assertThat(plan.loading().orElseThrow().sessions()).isEqualTo(new DayRange(4, 6));
    assertThat(plan.loading().orElseThrow().intervalDays()).isEqualTo(new DayRange(7, 14));
    assertThat(plan.maintenance().orElseThrow().intervalDays()).isEqualTo(new DayRange(28, 42));
  }

  @Test
  void resilientSkinLoadsCloserButNeverGetsShorterMaintenanceThanAverageSkin() {
    PatientProfile average = profile(Goal.FINE_LINES, Severity.SEVERE).withSkinType(SkinType.OILY);
    TreatmentPlan resilient = plan(average.withSensitivity(Sensitivity.RESILIENT));
    assertThat(resilient.loading().orElseThrow().intervalDays().min()).isEqualTo(7);
    assertThat(resilient.maintenance().orElseThrow().intervalDays())
        .isEqualTo(plan(average).maintenance().orElseThrow().intervalDays());
  }

  @Test
  void severeDehydrationStartsWeekly() {
    TreatmentPlan plan = plan(PatientProfile.of(Goal.HYDRATION, Severity.SEVERE, SkinType.DRY,
        Sensitivity.NORMAL, 60).withCocktail(Cocktail.VITAMINS));
    assertThat(plan.loading().orElseThrow().intervalDays().min()).isEqualTo(7);
    assertThat(plan.sessions().get(1).date())
        .isBetween(plan.sessions().get(0).date().plusDays(7), plan.sessions().get(0).date().plusDays(14));
  }

  @Test
  void milderIssuesStartEveryTwoWeeks() {
    TreatmentPlan plan = plan(profile(Goal.FINE_LINES, Severity.MILD));
    assertThat(plan.loading().orElseThrow().intervalDays().min()).isEqualTo(14);
  }

  @Test
  void sensitiveSkinGetsAConservativePlanTwoToFourWeeksApartAndTwoMonthsOrMoreOfMaintenance() {
    TreatmentPlan plan = plan(profile(Goal.FINE_LINES, Severity.MILD)
        .withSensitivity(Sensitivity.SENSITIVE));
    assertThat(plan.loading().orElseThrow().sessions()).isEqualTo(new DayRange(3, 4));
    assertThat(plan.loading().orElseThrow().intervalDays()).isEqualTo(new DayRange(21, 28));
    assertThat(plan.maintenance().orElseThrow().intervalDays().min()).isGreaterThanOrEqualTo(56);
  }

  @Test
  void sunDamagedSkinNeedsMoreSessionsEarlyOn() {
    PatientProfile profile = profile(Goal.DEEP_WRINKLES, Severity.MODERATE)
        .withSunExposure(SunExposure.LOW);
    TreatmentPlan shaded = plan(profile);
    TreatmentPlan sunny = plan(profile.withSunExposure(SunExposure.HIGH));
    assertThat(sunny.loading().orElseThrow().sessions().min())
        .isEqualTo(shaded.loading().orElseThrow().sessions().min() + 1);
    assertThat(sunny.reasons()).anySatisfy(r -> {
      assertThat(r.key()).isEqualTo("reason.loadingSessions");
      assertThat(r.args()).containsEntry("factor", SunExposure.HIGH);
    });
  }

  @Test
  void combinedProceduresReduceTheSessionsNeededAndAskForAGapBetweenThem() {
    PatientProfile profile = profile(Goal.DEEP_WRINKLES, Severity.SEVERE);
    TreatmentPlan alone = plan(profile);
    TreatmentPlan combined = plan(profile.withProcedures(EnumSet.of(Procedure.MICRONEEDLING)));
    assertThat(combined.loading().orElseThrow().sessions().max())
        .isEqualTo(alone.loading().orElseThrow().sessions().max() - 1);
    assertThat(combined.cautions()).anySatisfy(c ->
        assertThat(c.key()).isEqualTo("caution.procedureGap"));
  }
}
