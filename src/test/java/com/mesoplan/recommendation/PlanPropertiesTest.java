package com.mesoplan.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.Fixtures;
import com.mesoplan.recommendation.TreatmentPlan.ProposedSession;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The seven properties of DOMAIN.md, checked over every combination of the enumerated profile
 * fields at representative ages, with the shipped protocol.
 */
class PlanPropertiesTest {

  private static final int[] AGES = {18, 25, 35, 50, 70};
  private static final List<Set<Procedure>> PROCEDURES = List.of(
      EnumSet.noneOf(Procedure.class), EnumSet.of(Procedure.LASER),
      EnumSet.allOf(Procedure.class));

  private final RecommendationEngine engine =
      new RecommendationEngine(Fixtures.protocols(), Cocktail.HYALURONIC_ACID, Fixtures.CLOCK);

  @Test
  void everyProfileKeepsEveryProperty() {
    List<String> violations = new ArrayList<>();
    int[] checked = {0};
    forEveryProfile(profile -> {
      checked[0]++;
      TreatmentPlan plan = engine.recommend(profile);
      check(profile, plan, violations);
    });
    assertThat(checked[0]).isEqualTo(7 * 3 * 4 * 3 * 5 * 3 * 3 * 2 * 3 * AGES.length);
    assertThat(violations).isEmpty();
  }

  private void check(PatientProfile p, TreatmentPlan plan, List<String> violations) {
    Consumer<String> fail = what -> {
      if (violations.size() < 20) {
        violations.add(what + " for " + p);
      }
    };
    guards(p, plan, fail);
    if (Guards.isLightCare(p) && !within(maintenance(plan), 60, 120)) {
      fail.accept("3: light care maintenance outside 60-120 days");
    }
    if (p.severity() != Severity.SEVERE) {
      TreatmentPlan more = engine.recommend(p.withSeverity(Severity.values()[p.severity().ordinal() + 1]));
      if (fewerSessions(more, plan)) {
        fail.accept("1: more severe, fewer loading sessions");
      }
    }
    if (p.goal().tier() == Goal.Tier.LIGHT) {
      for (Goal corrective : Goal.values()) {
        if (corrective.tier() == Goal.Tier.CORRECTIVE
            && fewerSessions(engine.recommend(p.withGoal(corrective)), plan)) {
          fail.accept("1: corrective goal " + corrective + " gets fewer loading sessions");
        }
      }
    }
    if (p.sensitivity() != Sensitivity.SENSITIVE) {
      Sensitivity more = Sensitivity.values()[p.sensitivity().ordinal() + 1];
      if (shorterIntervals(engine.recommend(p.withSensitivity(more)), plan)) {
        fail.accept("2: more sensitive skin, shorter intervals");
      }
    }
    if (p.cocktail() == Cocktail.VITAMINS) {
      for (Cocktail collagen : List.of(Cocktail.PEPTIDES, Cocktail.GROWTH_FACTORS)) {
        if (shorterIntervals(engine.recommend(p.withCocktail(collagen)), plan)) {
          fail.accept("4: " + collagen + " intervals shorter than a light serum's");
        }
      }
    }
    if (p.otherProcedures().isEmpty()) {
      TreatmentPlan combined = engine.recommend(p.withProcedures(EnumSet.of(Procedure.LED)));
      if (fewerSessions(plan, combined) || shorterIntervals(combined, plan)) {
        fail.accept("5: combined procedures, more sessions or shorter intervals");
      }
    }
    if (p.goal() == Goal.HYDRATION && p.climate() != Climate.DRY
        && longerMaintenance(engine.recommend(p.withClimate(Climate.DRY)), plan)) {
      fail.accept("6: dry climate, longer hydration maintenance");
    }
    if (p.goal() == Goal.HYDRATION && p.sunExposure() != SunExposure.HIGH
        && longerMaintenance(engine.recommend(p.withSunExposure(SunExposure.HIGH)), plan)) {
      fail.accept("6: strong sun, longer hydration maintenance");
    }
  }

  private static void guards(PatientProfile p, TreatmentPlan plan, Consumer<String> fail) {
    int minInterval = p.sensitivity() == Sensitivity.SENSITIVE ? 14 : 7;
    TreatmentPlan.LoadingPhase loading = plan.loading().orElseThrow();
    if (loading.intervalDays().min() < minInterval || loading.sessions().max() > 6
        || loading.sessions().min() < 2) {
      fail.accept("7: loading phase outside the guards (a series of 2 to 6) " + loading);
    }
    if (Guards.isLightCare(p) && loading.sessions().max() > 3) {
      fail.accept("7: prevention or mild hydration with more than a short series " + loading);
    }
    if (!within(maintenance(plan), 28, 120)) {
      fail.accept("7: maintenance outside 28-120 days " + maintenance(plan));
    }
    List<ProposedSession> sessions = plan.sessions();
    for (int i = 1; i < sessions.size(); i++) {
      long gap = sessions.get(i).date().toEpochDay() - sessions.get(i - 1).date().toEpochDay();
      if (gap < minInterval) {
        fail.accept("7: proposed dates only " + gap + " days apart");
      }
    }
    if (sessions.size() != loading.sessions().proposed() + 3
        || !sessions.get(0).date().isAfter(Fixtures.TODAY)) {
      fail.accept("dates: wrong number of sessions or a start that is not ahead");
    }
    if (!plan.consult().key().equals("consult.practitioner")) {
      fail.accept("no prompt to consult a practitioner");
    }
  }

  private static DayRange maintenance(TreatmentPlan plan) {
    return plan.maintenance().orElseThrow().intervalDays();
  }

  private static boolean within(DayRange range, int min, int max) {
    return range.min() >= min && range.max() <= max;
  }

  private static boolean fewerSessions(TreatmentPlan candidate, TreatmentPlan reference) {
    DayRange c = candidate.loading().orElseThrow().sessions();
    DayRange r = reference.loading().orElseThrow().sessions();
    return c.min() < r.min() || c.max() < r.max();
  }

  private static boolean shorterIntervals(TreatmentPlan candidate, TreatmentPlan reference) {
    DayRange cl = candidate.loading().orElseThrow().intervalDays();
    DayRange rl = reference.loading().orElseThrow().intervalDays();
    return cl.min() < rl.min() || cl.max() < rl.max()
        || maintenance(candidate).min() < maintenance(reference).min()
        || maintenance(candidate).max() < maintenance(reference).max();
  }

  private static boolean longerMaintenance(TreatmentPlan candidate, TreatmentPlan reference) {
    return maintenance(candidate).min() > maintenance(reference).min()
        || maintenance(candidate).max() > maintenance(reference).max();
  }

  static void forEveryProfile(Consumer<PatientProfile> check) {
    for (Goal goal : Goal.values()) {
      for (Severity severity : Severity.values()) {
        for (SkinType skin : SkinType.values()) {
          for (Sensitivity sensitivity : Sensitivity.values()) {
            for (int age : AGES) {
              PatientProfile base = PatientProfile.of(goal, severity, skin, sensitivity, age);
              forEveryCircumstance(base, check);
            }
          }
        }
      }
    }
  }

  private static void forEveryCircumstance(PatientProfile base, Consumer<PatientProfile> check) {
    for (Cocktail cocktail : Cocktail.values()) {
      for (SunExposure sun : SunExposure.values()) {
        for (Climate climate : Climate.values()) {
          for (Stress stress : Stress.values()) {
            for (Set<Procedure> procedures : PROCEDURES) {
              check.accept(base.withCocktail(cocktail).withSunExposure(sun).withClimate(climate)
                  .withStress(stress).withProcedures(procedures));
            }
          }
        }
      }
    }
  }
}
