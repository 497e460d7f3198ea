package com.mesoplan.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.mesoplan.Fixtures;
import com.mesoplan.conversation.PlanTexts;
import com.mesoplan.conversation.ProfileFields;
import com.mesoplan.dialog.DialogDefinition;
import com.mesoplan.dialog.DialogValidator;
import com.mesoplan.followup.CheckInAssessor;
import com.mesoplan.followup.CheckInReport;
import com.mesoplan.followup.Progress;
import com.mesoplan.followup.Symptom;
import com.mesoplan.i18n.Messages;
import com.mesoplan.i18n.Text;
import com.mesoplan.recommendation.Climate;
import com.mesoplan.recommendation.Cocktail;
import com.mesoplan.recommendation.Goal;
import com.mesoplan.recommendation.PatientProfile;
import com.mesoplan.recommendation.Procedure;
import com.mesoplan.recommendation.RecommendationEngine;
import com.mesoplan.recommendation.ScreeningFinding;
import com.mesoplan.recommendation.Sensitivity;
import com.mesoplan.recommendation.Severity;
import com.mesoplan.recommendation.SkinType;
import com.mesoplan.recommendation.Stress;
import com.mesoplan.recommendation.SunExposure;
import com.mesoplan.recommendation.TreatmentPlan;
import com.mesoplan.recommendation.WorkingDays;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every file in dialogs/ and config/ is valid, and every language can say everything. */
class ShippedFilesTest {

  private final Messages messages = Fixtures.messages();

  @Test
  void everyDialogInDialogsIsValid() {
    Map<String, DialogDefinition> dialogs = DialogFiles.load(Path.of("dialogs"),
        new DialogValidator(ProfileFields.SCHEMA, messages));
    assertThat(dialogs).containsKey("pre-consultation");
  }

  @Test
  void englishAndRussianAreShippedAndComplete() {
    assertThat(messages.languages()).contains("en", "ru");
    for (String language : messages.languages()) {
      assertThat(messages.missingKeys(language)).as(language).isEmpty();
    }
  }

  @Test
  void everyValueHasALabelInEveryLanguage() {
    List<Class<? extends Enum<?>>> types = List.of(Goal.class, Severity.class, SkinType.class,
        Sensitivity.class, Cocktail.class, SunExposure.class, Climate.class, Stress.class,
        Procedure.class, ScreeningFinding.class, Symptom.class);
    for (Class<? extends Enum<?>> type : types) {
      for (Enum<?> value : type.getEnumConstants()) {
        for (String language : messages.languages()) {
          assertThat(messages.has(language, Messages.enumKey(value)))
              .as(Messages.enumKey(value) + " in " + language).isTrue();
        }
      }
    }
  }

  @Test
  void everyPlanAndEveryCheckInCanBeRenderedInEveryLanguage() {
    RecommendationEngine engine = new RecommendationEngine(Fixtures.protocols(),
        Cocktail.HYALURONIC_ACID, Fixtures.CLOCK);
    PlanTexts texts = new PlanTexts(messages, Fixtures.clinic());
    CheckInAssessor assessor = new CheckInAssessor(7,
        new WorkingDays(Fixtures.protocols().workingDays()), Fixtures.CLOCK, Fixtures.CONTACTS);
    List<Set<ScreeningFinding>> screenings = List.of(Set.of(),
        EnumSet.allOf(ScreeningFinding.class), EnumSet.range(
            ScreeningFinding.BLOOD_THINNERS, ScreeningFinding.FILLER_REACTION));
    int rendered = 0;
    for (Goal goal : Goal.values()) {
      for (Sensitivity sensitivity : Sensitivity.values()) {
        for (Cocktail cocktail : Cocktail.values()) {
          for (int age : new int[] {16, 25, 55}) {
            for (Set<ScreeningFinding> screening : screenings) {
              PatientProfile profile = PatientProfile.of(goal, Severity.SEVERE, SkinType.OILY,
                      sensitivity, age).withCocktail(cocktail).withScreening(screening)
                  .withSunExposure(SunExposure.HIGH).withClimate(Climate.DRY)
                  .withStress(Stress.HIGH).withProcedures(EnumSet.of(Procedure.LASER));
              TreatmentPlan plan = engine.recommend(profile);
              for (String language : messages.languages()) {
                assertThatCode(() -> texts.message(language, plan)).doesNotThrowAnyException();
                rendered++;
              }
            }
          }
        }
      }
    }
    TreatmentPlan plan = engine.recommend(PatientProfile.of(Goal.HYDRATION, Severity.MILD,
        SkinType.DRY, Sensitivity.NORMAL, 30));
    for (Symptom symptom : Symptom.values()) {
      for (Progress progress : Progress.values()) {
        var assessment = assessor.assess(plan, new CheckInReport(2, Set.of(symptom), 9, progress, 4));
        for (String language : messages.languages()) {
          assertThat(texts.all(language, assessment.advice())).allSatisfy(
              advice -> assertThat(advice).isNotBlank().doesNotContain("{"));
        }
      }
    }
    assertThat(rendered).isEqualTo(7 * 3 * 5 * 3 * 3 * messages.languages().size());
  }

  @Test
  void russianPluralsUseAllThreeForms() {
    assertThat(messages.render("ru", Text.of("advice.lingering", "days", 1)))
        .contains("1 день");
    assertThat(messages.render("ru", Text.of("advice.lingering", "days", 3)))
        .contains("3 дня");
    assertThat(messages.render("ru", Text.of("advice.lingering", "days", 11)))
        .contains("11 дней");
    assertThat(messages.render("ru", Text.of("advice.lingering", "days", 21)))
        .contains("21 день");
    assertThat(messages.render("en", Text.of("advice.extend", "days", 1)))
        .doesNotContain("{");
  }

  @Test
  void theShippedClinicIsValid() {
    assertThat(Fixtures.clinic().defaultCocktail()).isNotEqualTo(Cocktail.UNKNOWN);
  }
}
