package com.mesoplan.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.Fixtures;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A clinic's protocol that would break a property is refused, naming the entry. */
class ProtocolRulesTest {

  private final Protocols shipped = Fixtures.protocols();

  @Test
  void theShippedProtocolKeepsEveryProperty() {
    assertThat(ProtocolRules.problems(shipped)).isEmpty();
  }

  @Test
  void moreSevereWithFewerSessionsIsRefused() {
    Map<Goal, Map<Severity, BaseProtocol>> base = copy(shipped.base());
    BaseProtocol moderate = base.get(Goal.ACNE_SCARS).get(Severity.MODERATE);
    base.get(Goal.ACNE_SCARS).put(Severity.SEVERE, new BaseProtocol(new DayRange(2, 3),
        moderate.loadingIntervalDays(), moderate.maintenanceDays()));
    assertThat(ProtocolRules.problems(with(base, shipped.sensitivity(), shipped.cocktail(),
        shipped.combinedProcedures(), shipped.climate())))
        .anySatisfy(p -> assertThat(p).startsWith("base.ACNE_SCARS.SEVERE: loadingSessions fewer than for MODERATE"));
  }

  @Test
  void aMissingBaseEntryIsNamed() {
    Map<Goal, Map<Severity, BaseProtocol>> base = copy(shipped.base());
    base.get(Goal.RADIANCE).remove(Severity.MILD);
    assertThat(ProtocolRules.problems(with(base, shipped.sensitivity(), shipped.cocktail(),
        shipped.combinedProcedures(), shipped.climate()))).contains("base.RADIANCE.MILD: missing");
  }

  @Test
  void sensitiveSkinWithShorterBreaksIsRefused() {
    Map<Sensitivity, Adjustment> sensitivity = new HashMap<>(shipped.sensitivity());
    sensitivity.put(Sensitivity.SENSITIVE, new Adjustment(0, -5, 0, Set.of()));
    assertThat(ProtocolRules.problems(with(shipped.base(), sensitivity, shipped.cocktail(),
        shipped.combinedProcedures(), shipped.climate())))
        .anySatisfy(p -> assertThat(p).startsWith("sensitivity.SENSITIVE: intervals shorter than for NORMAL"));
  }

  @Test
  void collagenCocktailShorterThanVitaminsIsRefused() {
    Map<Cocktail, Adjustment> cocktail = new HashMap<>(shipped.cocktail());
    cocktail.put(Cocktail.GROWTH_FACTORS, new Adjustment(0, 0, -21, Set.of()));
    assertThat(ProtocolRules.problems(with(shipped.base(), shipped.sensitivity(), cocktail,
        shipped.combinedProcedures(), shipped.climate())))
        .anySatisfy(p -> assertThat(p).startsWith("cocktail.GROWTH_FACTORS: intervals shorter than for VITAMINS"));
  }

  @Test
  void combinedProceduresThatAddSessionsOrShortenIntervalsAreRefused() {
    assertThat(ProtocolRules.problems(with(shipped.base(), shipped.sensitivity(),
        shipped.cocktail(), new Adjustment(1, -1, 0, Set.of()), shipped.climate())))
        .contains("combinedProcedures: must not add loading sessions",
            "combinedProcedures: must not shorten intervals");
  }

  @Test
  void dryClimateWithLongerHydrationMaintenanceIsRefused() {
    Map<Climate, Adjustment> climate = new HashMap<>();
    climate.put(Climate.DRY, new Adjustment(0, 0, 14, Set.of(Goal.HYDRATION)));
    assertThat(ProtocolRules.problems(with(shipped.base(), shipped.sensitivity(),
        shipped.cocktail(), shipped.combinedProcedures(), climate)))
        .anySatisfy(p -> assertThat(p).startsWith("climate.DRY: hydration maintenance longer"));
  }

  private static Protocols with(Map<Goal, Map<Severity, BaseProtocol>> base,
      Map<Sensitivity, Adjustment> sensitivity, Map<Cocktail, Adjustment> cocktail,
      Adjustment procedures, Map<Climate, Adjustment> climate) {
    Protocols s = Fixtures.protocols();
    return new Protocols(base, sensitivity, s.skinType(), cocktail, s.age(), s.sunExposure(),
        climate, s.stress(), procedures, s.procedureGapDays(), s.irritationExtensionDays(),
        s.workingDays());
  }

  private static Map<Goal, Map<Severity, BaseProtocol>> copy(Map<Goal, Map<Severity, BaseProtocol>> base) {
    Map<Goal, Map<Severity, BaseProtocol>> copy = new EnumMap<>(Goal.class);
    base.forEach((goal, bySeverity) -> copy.put(goal, new EnumMap<>(bySeverity)));
    return copy;
  }

}
