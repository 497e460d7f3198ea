package com.mesoplan.conversation;

import com.mesoplan.recommendation.TreatmentPlan;
import java.util.Optional;

/** The plan a person received, kept so they can see it again, export it or import it. */
public interface PlanStore {

  void save(String chatId, TreatmentPlan plan);

  Optional<TreatmentPlan> find(String chatId);
}
