package com.mesoplan.web;

import com.mesoplan.conversation.PlanTexts;
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
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/plans}: a profile in, a rendered plan out. */
@RestController
class PlanController {

  private final RecommendationEngine recommendations;
  private final PlanTexts texts;
  private final Messages messages;
  private final RequestBodies bodies;

  PlanController(RecommendationEngine recommendations, PlanTexts texts, Messages messages,
      RequestBodies bodies) {
    this.recommendations = recommendations;
    this.texts = texts;
    this.messages = messages;
    this.bodies = bodies;
  }

  @PostMapping(path = "/api/v1/plans", consumes = MediaType.APPLICATION_JSON_VALUE)
  PlanJson plan(@RequestBody byte[] body) {
    JsonFields fields = bodies.parse(body);
    String language = bodies.language(fields, messages);
    return PlanJson.of(recommendations.recommend(profile(fields)), texts, language);
  }

  static PatientProfile profile(JsonFields fields) {
    return PatientProfile.of(
            fields.enumValue("goal", Goal.class),
            fields.enumValue("severity", Severity.class),
            fields.enumValue("skinType", SkinType.class),
            fields.enumValue("sensitivity", Sensitivity.class),
            fields.integer("age", 0, 120))
        .withCocktail(fields.enumValue("cocktail", Cocktail.class, Cocktail.UNKNOWN))
        .withSunExposure(fields.enumValue("sunExposure", SunExposure.class, SunExposure.MODERATE))
        .withClimate(fields.enumValue("climate", Climate.class, Climate.TEMPERATE))
        .withStress(fields.enumValue("stress", Stress.class, Stress.LOW))
        .withProcedures(fields.enumSet("otherProcedures", Procedure.class))
        .withScreening(fields.enumSet("screening", ScreeningFinding.class))
        .withStartDate(fields.date("startDate").orElse(null));
  }
}
