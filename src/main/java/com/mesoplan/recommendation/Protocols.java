package com.mesoplan.recommendation;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A clinic's protocol: the base plan per goal and severity and the size of every adjustment. Read
 * from {@code config/protocols.yaml}; {@link ProtocolRules} checks it keeps the domain's
 * properties.
 */
public record Protocols(
    Map<Goal, Map<Severity, BaseProtocol>> base,
    Map<Sensitivity, Adjustment> sensitivity,
    Map<SkinType, Adjustment> skinType,
    Map<Cocktail, Adjustment> cocktail,
    List<AgeBand> age,
    Map<SunExposure, Adjustment> sunExposure,
    Map<Climate, Adjustment> climate,
    Map<Stress, Adjustment> stress,
    Adjustment combinedProcedures,
    int procedureGapDays,
    int irritationExtensionDays,
    Set<DayOfWeek> workingDays) {

  public Protocols {
    base = Map.copyOf(base);
    sensitivity = complete(Sensitivity.class, sensitivity);
    skinType = complete(SkinType.class, skinType);
    cocktail = complete(Cocktail.class, cocktail);
    age = List.copyOf(age);
    sunExposure = complete(SunExposure.class, sunExposure);
    climate = complete(Climate.class, climate);
    stress = complete(Stress.class, stress);
    workingDays = Set.copyOf(workingDays);
  }

  public BaseProtocol base(Goal goal, Severity severity) {
    return base.get(goal).get(severity);
  }

  /** Every value of the factor gets an entry: missing ones move nothing. */
  private static <E extends Enum<E>> Map<E, Adjustment> complete(
      Class<E> type, Map<E, Adjustment> given) {
    Map<E, Adjustment> all = new EnumMap<>(type);
    for (E value : type.getEnumConstants()) {
      all.put(value, given.getOrDefault(value, Adjustment.NONE));
    }
    return Map.copyOf(all);
  }
}
