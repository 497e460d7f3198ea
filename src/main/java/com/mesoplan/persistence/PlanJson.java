package com.mesoplan.persistence;

import com.mesoplan.followup.Symptom;
import com.mesoplan.i18n.Text;
import com.mesoplan.recommendation.Climate;
import com.mesoplan.recommendation.Cocktail;
import com.mesoplan.recommendation.DayRange;
import com.mesoplan.recommendation.Goal;
import com.mesoplan.recommendation.PlanStatus;
import com.mesoplan.recommendation.Procedure;
import com.mesoplan.recommendation.ScreeningFinding;
import com.mesoplan.recommendation.Sensitivity;
import com.mesoplan.recommendation.Severity;
import com.mesoplan.recommendation.SkinType;
import com.mesoplan.recommendation.Stress;
import com.mesoplan.recommendation.SunExposure;
import com.mesoplan.recommendation.TreatmentPlan;
import com.mesoplan.recommendation.TreatmentPlan.LoadingPhase;
import com.mesoplan.recommendation.TreatmentPlan.MaintenancePhase;
import com.mesoplan.recommendation.TreatmentPlan.Phase;
import com.mesoplan.recommendation.TreatmentPlan.ProposedSession;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A treatment plan as plain maps and lists for storage, and back. Text arguments keep their
 * type: enums by type and name, nested texts as texts, numbers and words as they are.
 */
final class PlanJson {

  private static final Map<String, Class<? extends Enum<?>>> ENUMS = Stream.of(Goal.class,
      Severity.class, SkinType.class, Sensitivity.class, Cocktail.class, SunExposure.class,
      Climate.class, Stress.class, Procedure.class, ScreeningFinding.class, Symptom.class)
      .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));

  private PlanJson() {}

  static Map<String, Object> write(TreatmentPlan plan) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", plan.status().name());
    plan.loading().ifPresent(l -> out.put("loading", Map.of(
        "sessions", range(l.sessions()), "intervalDays", range(l.intervalDays()))));
    plan.maintenance().ifPresent(m -> out.put("maintenanceDays", range(m.intervalDays())));
    out.put("sessions", plan.sessions().stream().map(s -> Map.of("date", s.date().toString(),
        "phase", s.phase().name())).toList());
    out.put("reasons", plan.reasons().stream().map(PlanJson::text).toList());
    out.put("cautions", plan.cautions().stream().map(PlanJson::text).toList());
    out.put("consult", text(plan.consult()));
    return out;
  }

  @SuppressWarnings("unchecked")
  static TreatmentPlan read(Map<String, Object> in) {
    Optional<LoadingPhase> loading = Optional.ofNullable((Map<String, Object>) in.get("loading"))
        .map(l -> new LoadingPhase(range(l.get("sessions")), range(l.get("intervalDays"))));
    Optional<MaintenancePhase> maintenance = Optional.ofNullable(in.get("maintenanceDays"))
        .map(m -> new MaintenancePhase(range(m)));
    List<ProposedSession> sessions = ((List<Map<String, Object>>) in.get("sessions")).stream()
        .map(s -> new ProposedSession(LocalDate.parse((String) s.get("date")),
            Phase.valueOf((String) s.get("phase")))).toList();
    return new TreatmentPlan(PlanStatus.valueOf((String) in.get("status")), loading, maintenance,
        sessions, texts(in.get("reasons")), texts(in.get("cautions")),
        text((Map<String, Object>) in.get("consult")));
  }

  private static List<Integer> range(DayRange range) {
    return List.of(range.min(), range.max());
  }

  private static DayRange range(Object stored) {
    List<?> ends = (List<?>) stored;
    return new DayRange(((Number) ends.get(0)).intValue(), ((Number) ends.get(1)).intValue());
  }

  private static Map<String, Object> text(Text text) {
    Map<String, Object> args = new LinkedHashMap<>();
    text.args().forEach((name, value) -> args.put(name, argument(value)));
    return Map.of("key", text.key(), "args", args);
  }

  private static Object argument(Object value) {
    if (value instanceof Enum<?> e) {
      return Map.of("enum", e.getDeclaringClass().getSimpleName(), "name", e.name());
    }
    if (value instanceof Text nested) {
      return Map.of("text", text(nested));
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static List<Text> texts(Object stored) {
    return ((List<Map<String, Object>>) stored).stream().map(PlanJson::text).toList();
  }

  @SuppressWarnings("unchecked")
  private static Text text(Map<String, Object> stored) {
    Map<String, Object> args = new LinkedHashMap<>();
    ((Map<String, Object>) stored.get("args")).forEach((name, value) ->
        args.put(name, value(value)));
    return new Text((String) stored.get("key"), args);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object value(Object stored) {
    if (stored instanceof Map<?, ?> map && map.containsKey("enum")) {
      Class type = ENUMS.get((String) map.get("enum"));
      return Enum.valueOf(type, (String) map.get("name"));
    }
    if (stored instanceof Map<?, ?> map && map.containsKey("text")) {
      return text((Map<String, Object>) map.get("text"));
    }
    return stored;
  }
}
