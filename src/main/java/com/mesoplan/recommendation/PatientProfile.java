package com.mesoplan.recommendation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** What the person told the pre-consultation: the input of the recommendation. */
public record PatientProfile(
    Goal goal,
    Severity severity,
    SkinType skinType,
    Sensitivity sensitivity,
    Cocktail cocktail,
    int age,
    SunExposure sunExposure,
    Climate climate,
    Stress stress,
    Set<Procedure> otherProcedures,
    Set<ScreeningFinding> screening,
    Optional<LocalDate> startDate) {

  public PatientProfile {
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(skinType, "skinType");
    Objects.requireNonNull(sensitivity, "sensitivity");
    Objects.requireNonNull(cocktail, "cocktail");
    Objects.requireNonNull(sunExposure, "sunExposure");
    Objects.requireNonNull(climate, "climate");
    Objects.requireNonNull(stress, "stress");
    otherProcedures = Set.copyOf(otherProcedures);
    screening = Set.copyOf(screening);
    Objects.requireNonNull(startDate, "startDate");
  }

  /** A profile with the defaults for everything the person may leave out. */
  public static PatientProfile of(
      Goal goal, Severity severity, SkinType skinType, Sensitivity sensitivity, int age) {
    return new PatientProfile(
        goal,
        severity,
        skinType,
        sensitivity,
        Cocktail.UNKNOWN,
        age,
        SunExposure.MODERATE,
        Climate.TEMPERATE,
        Stress.LOW,
        EnumSet.noneOf(Procedure.class),
        EnumSet.noneOf(ScreeningFinding.class),
        Optional.empty());
  }

  public PatientProfile withCocktail(Cocktail value) {
    return new PatientProfile(goal, severity, skinType, sensitivity, value, age, sunExposure,
        climate, stress, otherProcedures, screening, startDate);
  }

  public PatientProfile withAge(int value) {
    return new PatientProfile(goal, severity, skinType, sensitivity, cocktail, value, sunExposure,
        climate, stress, otherProcedures, screening, startDate);
  }

  public PatientProfile withSunExposure(SunExposure value) {
    return new PatientProfile(goal, severity, skinType, sensitivity, cocktail, age, value,
        climate, stress, otherProcedures, screening, startDate);
  }

  public PatientProfile withClimate(Climate value) {
    return new PatientProfile(goal, severity, skinType, sensitivity, cocktail, age, sunExposure,
        value, stress, otherProcedures, screening, startDate);
  }

  public PatientProfile withStress(Stress value) {
    return new PatientProfile(goal, severity, skinType, sensitivity, cocktail, age, sunExposure,
        climate, value, otherProcedures, screening, startDate);
  }

  public PatientProfile withProcedures(Set<Procedure> value) {
    return new PatientProfile(goal, severity, skinType, sensitivity, cocktail, age, sunExposure,
        climate, stress, value, screening, startDate);
  }

  public PatientProfile withScreening(Set<ScreeningFinding> value) {
    return new PatientProfile(goal, severity, skinType, sensitivity, cocktail, age, sunExposure,
        climate, stress, otherProcedures, value, startDate);
  }

  public PatientProfile withStartDate(LocalDate value) {
    return new PatientProfile(goal, severity, skinType, sensitivity, cocktail, age, sunExposure,
        climate, stress, otherProcedures, screening, Optional.ofNullable(value));
  }

  public PatientProfile withGoal(Goal value) {
    return new PatientProfile(value, severity, skinType, sensitivity, cocktail, age, sunExposure,
        climate, stress, otherProcedures, screening, startDate);
  }

  public PatientProfile withSeverity(Severity value) {
    return new PatientProfile(goal, value, skinType, sensitivity, cocktail, age, sunExposure,
        climate, stress, otherProcedures, screening, startDate);
  }

  public PatientProfile withSkinType(SkinType value) {
    return new PatientProfile(goal, severity, value, sensitivity, cocktail, age, sunExposure,
        climate, stress, otherProcedures, screening, startDate);
  }

  public PatientProfile withSensitivity(Sensitivity value) {
    return new PatientProfile(goal, severity, skinType, value, cocktail, age, sunExposure,
        climate, stress, otherProcedures, screening, startDate);
  }
}
