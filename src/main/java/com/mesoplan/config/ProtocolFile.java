package com.mesoplan.config;

import com.mesoplan.recommendation.Adjustment;
import com.mesoplan.recommendation.AgeBand;
import com.mesoplan.recommendation.BaseProtocol;
import com.mesoplan.recommendation.Climate;
import com.mesoplan.recommendation.Cocktail;
import com.mesoplan.recommendation.DayRange;
import com.mesoplan.recommendation.Goal;
import com.mesoplan.recommendation.ProtocolRules;
import com.mesoplan.recommendation.Protocols;
import com.mesoplan.recommendation.Sensitivity;
import com.mesoplan.recommendation.Severity;
import com.mesoplan.recommendation.SkinType;
import com.mesoplan.recommendation.Stress;
import com.mesoplan.recommendation.SunExposure;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads {@code config/protocols.yaml} and checks that it keeps every plan's properties. */
public final class ProtocolFile {

  private ProtocolFile() {}

  public static Protocols load(Path file) {
    String name = file.getParent() == null ? file.toString()
        : file.getParent().getFileName() + "/" + file.getFileName();
    YamlNode root = YamlNode.read(file, name);
    Protocols protocols;
    try {
      protocols = read(root);
    } catch (IllegalArgumentException e) {
      throw new InvalidConfigurationException(name, e.getMessage());
    }
    List<String> problems = ProtocolRules.problems(protocols);
    if (!problems.isEmpty()) {
      throw new InvalidConfigurationException(name, String.join("; ", problems));
    }
    return protocols;
  }

  private static Protocols read(YamlNode root) {
    YamlNode adjust = root.get("adjustments");
    return new Protocols(
        base(root.get("base")),
        byValue(adjust, "sensitivity", Sensitivity.class),
        byValue(adjust, "skinType", SkinType.class),
        byValue(adjust, "cocktail", Cocktail.class),
        ageBands(adjust),
        byValue(adjust, "sunExposure", SunExposure.class),
        byValue(adjust, "climate", Climate.class),
        byValue(adjust, "stress", Stress.class),
        adjust.find("combinedProcedures").map(ProtocolFile::adjustment).orElse(Adjustment.NONE),
        root.get("procedureGapDays").integer(),
        root.get("irritationExtensionDays").integer(),
        root.get("workingDays").list().stream().map(d -> d.enumValue(DayOfWeek.class))
            .collect(Collectors.toSet()));
  }

  private static Map<Goal, Map<Severity, BaseProtocol>> base(YamlNode node) {
    Map<Goal, Map<Severity, BaseProtocol>> base = new EnumMap<>(Goal.class);
    node.entries().forEach((goalName, byGoal) -> {
      Goal goal = keyOf(byGoal, goalName, Goal.class);
      Map<Severity, BaseProtocol> bySeverity = new EnumMap<>(Severity.class);
      byGoal.entries().forEach((severityName, entry) -> bySeverity.put(
          keyOf(entry, severityName, Severity.class),
          new BaseProtocol(range(entry.get("loadingSessions")),
              range(entry.get("loadingIntervalDays")), range(entry.get("maintenanceDays")))));
      base.put(goal, bySeverity);
    });
    return base;
  }

  private static <E extends Enum<E>> Map<E, Adjustment> byValue(
      YamlNode adjust, String group, Class<E> type) {
    Map<E, Adjustment> adjustments = new EnumMap<>(type);
    adjust.find(group).ifPresent(node -> node.entries().forEach((valueName, entry) ->
        adjustments.put(keyOf(entry, valueName, type), adjustment(entry))));
    return adjustments;
  }

  private static List<AgeBand> ageBands(YamlNode adjust) {
    return adjust.find("age").map(node -> node.list().stream().map(band -> {
      try {
        return new AgeBand(band.find("from").map(YamlNode::integer).orElse(0),
            band.find("until").map(YamlNode::integer).orElse(Integer.MAX_VALUE),
            adjustment(band));
      } catch (IllegalArgumentException e) {
        throw band.problem(e.getMessage());
      }
    }).toList()).orElse(List.of());
  }

  private static Adjustment adjustment(YamlNode node) {
    Set<Goal> goals = node.find("goals").map(g -> g.list().stream()
        .map(v -> v.enumValue(Goal.class)).collect(Collectors.toSet())).orElse(Set.of());
    return new Adjustment(delta(node, "loadingSessions"), delta(node, "loadingIntervalDays"),
        delta(node, "maintenanceDays"), goals);
  }

  private static int delta(YamlNode node, String key) {
    return node.find(key).map(YamlNode::integer).orElse(0);
  }

  /** A range written as {@code [min, max]}. */
  private static DayRange range(YamlNode node) {
    List<YamlNode> ends = node.list();
    if (ends.size() != 2 || ends.get(0).integer() > ends.get(1).integer()) {
      throw node.problem("must be [min, max] with min not above max");
    }
    return new DayRange(ends.get(0).integer(), ends.get(1).integer());
  }

  private static <E extends Enum<E>> E keyOf(YamlNode node, String name, Class<E> type) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw node.problem("unknown " + type.getSimpleName() + " (allowed: "
          + List.of(type.getEnumConstants()) + ")");
    }
  }
}
