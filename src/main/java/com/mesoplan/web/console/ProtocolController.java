package com.mesoplan.web.console;

import com.mesoplan.conversation.PlanTexts;
import com.mesoplan.dialog.DialogDiagram;
import com.mesoplan.i18n.Messages;
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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Protocol: a profile entered by hand and the plan the clinic's {@code config/protocols.yaml},
 * as loaded, gives it, with its reasons (the same engine the chat uses); and the dialogs drawn
 * as diagrams.
 */
@Controller
class ProtocolController {

  private final RecommendationEngine recommendations;
  private final PlanTexts planTexts;
  private final Map<String, com.mesoplan.dialog.DialogDefinition> definitions;
  private final Messages messages;

  ProtocolController(RecommendationEngine recommendations, PlanTexts planTexts,
      Map<String, com.mesoplan.dialog.DialogDefinition> definitions, Messages messages) {
    this.recommendations = recommendations;
    this.planTexts = planTexts;
    this.definitions = definitions;
    this.messages = messages;
  }

  private static final ProfileForm EMPTY = new ProfileForm(null, null, null, null, null, null,
      null, null, null, null, null, null);

  /** A profile as the form sends it; the chat's defaults where it says nothing. */
  record ProfileForm(Goal goal, Severity severity, SkinType skinType, Sensitivity sensitivity,
      Cocktail cocktail, Integer age, SunExposure sunExposure, Climate climate, Stress stress,
      Set<Procedure> otherProcedures, Set<ScreeningFinding> screening,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate) {

    boolean asked() {
      return goal != null || age != null;
    }

    boolean complete() {
      return goal != null && severity != null && skinType != null && sensitivity != null
          && age != null && age >= 1 && age <= 120;
    }

    /** The single choices as the form shows them selected. */
    Map<String, String> selected() {
      Map<String, String> chosen = new java.util.HashMap<>();
      put(chosen, "goal", goal);
      put(chosen, "severity", severity);
      put(chosen, "skinType", skinType);
      put(chosen, "sensitivity", sensitivity);
      put(chosen, "cocktail", cocktail);
      put(chosen, "sunExposure", sunExposure);
      put(chosen, "climate", climate);
      put(chosen, "stress", stress);
      return chosen;
    }

    private static void put(Map<String, String> chosen, String field, Enum<?> value) {
      if (value != null) {
        chosen.put(field, value.name());
      }
    }

    PatientProfile profile() {
      return PatientProfile.of(goal, severity, skinType, sensitivity, age)
          .withCocktail(cocktail == null ? Cocktail.UNKNOWN : cocktail)
          .withSunExposure(sunExposure == null ? SunExposure.MODERATE : sunExposure)
          .withClimate(climate == null ? Climate.TEMPERATE : climate)
          .withStress(stress == null ? Stress.LOW : stress)
          .withProcedures(otherProcedures == null ? Set.of() : otherProcedures)
          .withScreening(screening == null ? Set.of() : screening)
          .withStartDate(startDate);
    }
  }

  @GetMapping("/console/protocol")
  String protocol(@ModelAttribute("form") ProfileForm form, BindingResult errors,
      Locale locale, Model model) {
    String language = ConsoleWeb.FromMessageFiles.language(messages, locale);
    boolean unreadable = form == null || errors.hasErrors();
    ProfileForm shown = unreadable ? EMPTY : form;
    model.addAttribute("form", shown);
    model.addAttribute("choices", choices(language));
    model.addAttribute("selected", shown.selected());
    model.addAttribute("ticked", Map.of("otherProcedures", names(shown.otherProcedures()),
        "screening", names(shown.screening())));
    model.addAttribute("page", "protocol");
    if (unreadable || (shown.asked() && !shown.complete())) {
      model.addAttribute("incomplete", true);
    } else if (shown.asked()) {
      model.addAttribute("plan", planTexts.message(language,
          recommendations.recommend(shown.profile())));
    }
    Map<String, String> diagrams = new LinkedHashMap<>();
    definitions.values().forEach(d -> diagrams.put(d.id() + " (" + d.version() + ")",
        DialogDiagram.mermaid(d, key -> messages.render(language, key))));
    model.addAttribute("diagrams", diagrams);
    return "console/protocol";
  }

  /** Each field's options with their labels in the staff member's language. */
  private Map<String, List<Option>> choices(String language) {
    Map<String, List<Option>> choices = new LinkedHashMap<>();
    choices.put("goal", options(language, Goal.values()));
    choices.put("severity", options(language, Severity.values()));
    choices.put("skinType", options(language, SkinType.values()));
    choices.put("sensitivity", options(language, Sensitivity.values()));
    choices.put("cocktail", options(language, Cocktail.values()));
    choices.put("sunExposure", options(language, SunExposure.values()));
    choices.put("climate", options(language, Climate.values()));
    choices.put("stress", options(language, Stress.values()));
    choices.put("otherProcedures", options(language, Procedure.values()));
    choices.put("screening", options(language, ScreeningFinding.values()));
    return choices;
  }

  private static Set<String> names(Set<? extends Enum<?>> values) {
    return values == null ? Set.of() : values.stream().map(Enum::name)
        .collect(java.util.stream.Collectors.toSet());
  }

  /** One option of a field: its value and label. */
  record Option(String value, String label) {}

  private List<Option> options(String language, Enum<?>[] values) {
    return Arrays.stream(values).map(v -> new Option(v.name(),
        messages.has(language, Messages.enumKey(v)) || messages.has(Messages.REFERENCE_LANGUAGE,
            Messages.enumKey(v)) ? messages.render(language, Messages.enumKey(v)) : v.name()))
        .toList();
  }
}
