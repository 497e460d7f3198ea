package com.mesoplan.conversation;

import com.mesoplan.dialog.FieldSchema;
import com.mesoplan.followup.Progress;
import com.mesoplan.followup.Symptom;
import com.mesoplan.dialog.FieldSchema.FieldType;
import com.mesoplan.recommendation.Climate;
import com.mesoplan.recommendation.Cocktail;
import com.mesoplan.recommendation.Goal;
import com.mesoplan.recommendation.PatientProfile;
import com.mesoplan.recommendation.Procedure;
import com.mesoplan.recommendation.ScreeningFinding;
import com.mesoplan.recommendation.Sensitivity;
import com.mesoplan.recommendation.Severity;
import com.mesoplan.recommendation.SkinType;
import com.mesoplan.recommendation.Stress;
import com.mesoplan.recommendation.SunExposure;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fields mesoplan's dialogs may fill (the pre-consultation and the check-in), and how the
 * pre-consultation's become a {@link PatientProfile}.
 * Dialog files are checked against {@link #SCHEMA}, so a clinic's typo stops the start.
 */
public final class ProfileFields {

  public static final String CONSENT = "consent";
  public static final String CONSENT_GIVEN = "GIVEN";
  public static final String CONSENT_DECLINED = "DECLINED";

  /** End results of the pre-consultation. */
  public static final String RESULT_PLAN = "plan";
  public static final String RESULT_REFERRAL = "referral";
  public static final String RESULT_DECLINED = "declined";
  /** The end of a check-in: the answers go to the check-in assessment. */
  public static final String RESULT_ASSESS = "assess";

  public static final FieldSchema SCHEMA = new FieldSchema(
      Map.ofEntries(
          Map.entry(CONSENT, new FieldSchema.OneOf(Set.of(CONSENT_GIVEN, CONSENT_DECLINED))),
          Map.entry("screening", setOf(ScreeningFinding.class)),
          Map.entry("goal", oneOf(Goal.class)),
          Map.entry("severity", oneOf(Severity.class)),
          Map.entry("skinType", oneOf(SkinType.class)),
          Map.entry("sensitivity", oneOf(Sensitivity.class)),
          Map.entry("cocktail", oneOf(Cocktail.class)),
          Map.entry("age", new FieldSchema.WholeNumber(0, 120)),
          Map.entry("sunExposure", oneOf(SunExposure.class)),
          Map.entry("climate", oneOf(Climate.class)),
          Map.entry("stress", oneOf(Stress.class)),
          Map.entry("otherProcedures", setOf(Procedure.class)),
          Map.entry("startDate", new FieldSchema.Day()),
          Map.entry("symptoms", setOf(Symptom.class)),
          Map.entry("symptomDays", new FieldSchema.WholeNumber(0, 365)),
          Map.entry("progress", oneOf(Progress.class))),
      Map.of(
          RESULT_PLAN, Set.of(CONSENT, "goal", "severity", "skinType", "sensitivity", "age"),
          RESULT_REFERRAL, Set.of(CONSENT),
          RESULT_DECLINED, Set.of(),
          RESULT_ASSESS, Set.of("symptoms")));

  private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.ofEntries(
      Map.entry("screening", ScreeningFinding.class), Map.entry("goal", Goal.class),
      Map.entry("severity", Severity.class), Map.entry("skinType", SkinType.class),
      Map.entry("sensitivity", Sensitivity.class), Map.entry("cocktail", Cocktail.class),
      Map.entry("sunExposure", SunExposure.class), Map.entry("climate", Climate.class),
      Map.entry("stress", Stress.class), Map.entry("otherProcedures", Procedure.class),
      Map.entry("symptoms", Symptom.class), Map.entry("progress", Progress.class));

  private ProfileFields() {}

  /** The enum whose values a field holds, for fields that hold enum values. */
  public static Optional<Class<? extends Enum<?>>> enumOf(String field) {
    return Optional.ofNullable(ENUMS.get(field));
  }

  /** The profile from a finished dialog's fields; optional ones take their defaults. */
  public static PatientProfile profile(Map<String, Object> fields) {
    PatientProfile profile = PatientProfile.of(
        value(fields, "goal", Goal.class).orElseThrow(),
        value(fields, "severity", Severity.class).orElseThrow(),
        value(fields, "skinType", SkinType.class).orElseThrow(),
        value(fields, "sensitivity", Sensitivity.class).orElseThrow(),
        (Integer) fields.get("age"));
    return profile
        .withCocktail(value(fields, "cocktail", Cocktail.class).orElse(Cocktail.UNKNOWN))
        .withSunExposure(value(fields, "sunExposure", SunExposure.class).orElse(SunExposure.MODERATE))
        .withClimate(value(fields, "climate", Climate.class).orElse(Climate.TEMPERATE))
        .withStress(value(fields, "stress", Stress.class).orElse(Stress.LOW))
        .withProcedures(values(fields, "otherProcedures", Procedure.class))
        .withScreening(screening(fields))
        .withStartDate((LocalDate) fields.get("startDate"));
  }

  public static Set<ScreeningFinding> screening(Map<String, Object> fields) {
    return values(fields, "screening", ScreeningFinding.class);
  }

  private static <E extends Enum<E>> Optional<E> value(
      Map<String, Object> fields, String field, Class<E> type) {
    return Optional.ofNullable((String) fields.get(field)).map(v -> Enum.valueOf(type, v));
  }

  private static <E extends Enum<E>> Set<E> values(
      Map<String, Object> fields, String field, Class<E> type) {
    Set<?> raw = (Set<?>) fields.getOrDefault(field, Set.of());
    Set<E> values = EnumSet.noneOf(type);
    raw.forEach(v -> values.add(Enum.valueOf(type, (String) v)));
    return values;
  }

  private static FieldType oneOf(Class<? extends Enum<?>> type) {
    return new FieldSchema.OneOf(names(type));
  }

  private static FieldType setOf(Class<? extends Enum<?>> type) {
    return new FieldSchema.SetOf(names(type));
  }

  private static Set<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
  }
}
