package com.mesoplan.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.Fixtures;
import com.mesoplan.i18n.Text;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The guards hold whatever a clinic configures, and say so when they step in. */
class GuardsTest {

  /** A protocol whose every base plan over-treats: 3-day breaks, 9 sessions, 200-day upkeep. */
  static Protocols everyPlan(BaseProtocol base) {
    Map<Goal, Map<Severity, BaseProtocol>> table = new EnumMap<>(Goal.class);
    for (Goal goal : Goal.values()) {
      Map<Severity, BaseProtocol> bySeverity = new EnumMap<>(Severity.class);
      for (Severity severity : Severity.values()) {
        bySeverity.put(severity, base);
      }
      table.put(goal, bySeverity);
    }
    return new Protocols(table, Map.of(), Map.of(), Map.of(), List.of(), Map.of(), Map.of(),
        Map.of(), Adjustment.NONE, 14, 7, EnumSet.allOf(DayOfWeek.class));
  }

  private final RecommendationEngine engine = new RecommendationEngine(
      everyPlan(new BaseProtocol(new DayRange(8, 9), new DayRange(3, 5), new DayRange(200, 300))),
      Cocktail.VITAMINS, Fixtures.CLOCK);

  @Test
  void overTreatingProtocolIsClampedToTheGuardsWithAReasonForEachClamp() {
    TreatmentPlan plan = engine.recommend(PatientProfile.of(Goal.FINE_LINES, Severity.MODERATE,
        SkinType.NORMAL, Sensitivity.NORMAL, 40));
    assertThat(plan.loading().orElseThrow().sessions()).isEqualTo(new DayRange(6, 6));
    assertThat(plan.loading().orElseThrow().intervalDays()).isEqualTo(new DayRange(7, 7));
    assertThat(plan.maintenance().orElseThrow().intervalDays()).isEqualTo(new DayRange(120, 120));
    assertThat(plan.reasons()).extracting(Text::key).contains("reason.guard.loadingSessions",
        "reason.guard.minInterval", "reason.guard.maintenance");
  }

  @Test
  void sensitiveSkinNeverGetsIntervalsUnderTwoWeeks() {
    TreatmentPlan plan = engine.recommend(PatientProfile.of(Goal.FINE_LINES, Severity.MODERATE,
        SkinType.NORMAL, Sensitivity.SENSITIVE, 40));
    assertThat(plan.loading().orElseThrow().intervalDays().min()).isEqualTo(14);
    assertThat(plan.reasons()).contains(Text.of("reason.guard.minInterval", "days", 14));
    for (int i = 1; i < plan.sessions().size(); i++) {
      assertThat(plan.sessions().get(i).date())
          .isAfterOrEqualTo(plan.sessions().get(i - 1).date().plusDays(14));
    }
  }

  @Test
  void tooShortMaintenanceIsRaisedToFourWeeksAndPreventionToTwoMonths() {
    RecommendationEngine shortUpkeep = new RecommendationEngine(everyPlan(new BaseProtocol(
        new DayRange(3, 4), new DayRange(14, 14), new DayRange(10, 20))), Cocktail.VITAMINS,
        Fixtures.CLOCK);
    TreatmentPlan wrinkles = shortUpkeep.recommend(PatientProfile.of(Goal.DEEP_WRINKLES,
        Severity.SEVERE, SkinType.NORMAL, Sensitivity.NORMAL, 40));
    TreatmentPlan prevention = shortUpkeep.recommend(PatientProfile.of(Goal.PREVENTION,
        Severity.MILD, SkinType.NORMAL, Sensitivity.NORMAL, 40));
    assertThat(wrinkles.maintenance().orElseThrow().intervalDays()).isEqualTo(new DayRange(28, 28));
    assertThat(prevention.maintenance().orElseThrow().intervalDays()).isEqualTo(new DayRange(60, 60));
    assertThat(prevention.reasons()).extracting(Text::key).contains("reason.guard.lightCare");
  }

  @Test
  void noGuardReasonWhenTheProtocolIsWithinTheLimits() {
    RecommendationEngine shipped = new RecommendationEngine(Fixtures.protocols(),
        Cocktail.PEPTIDES, Fixtures.CLOCK);
    TreatmentPlan plan = shipped.recommend(PatientProfile.of(Goal.DEEP_WRINKLES,
        Severity.MODERATE, SkinType.NORMAL, Sensitivity.NORMAL, 40));
    assertThat(plan.reasons()).extracting(Text::key).noneMatch(k -> k.startsWith("reason.guard"));
  }

}
