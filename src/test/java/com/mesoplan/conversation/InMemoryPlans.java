package com.mesoplan.conversation;

import com.mesoplan.recommendation.TreatmentPlan;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Plans in a map; as personal data it also covers the conversations it is given. */
public final class InMemoryPlans implements PlanStore, PersonalData {

  private final Map<String, TreatmentPlan> plans = new ConcurrentHashMap<>();
  private final InMemoryConversations conversations;

  public InMemoryPlans(InMemoryConversations conversations) {
    this.conversations = conversations;
  }

  @Override
  public void save(String chatId, TreatmentPlan plan) {
    plans.put(chatId, plan);
  }

  @Override
  public Optional<TreatmentPlan> find(String chatId) {
    return Optional.ofNullable(plans.get(chatId));
  }

  @Override
  public String name() {
    return "preConsultation";
  }

  @Override
  public Map<String, Object> export(String chatId) {
    Map<String, Object> out = new LinkedHashMap<>();
    conversations.find(chatId).ifPresent(c -> out.put("answers", c.dialog().answers()));
    find(chatId).ifPresent(p -> out.put("status", p.status().name()));
    return out;
  }

  @Override
  public void erase(String chatId) {
    plans.remove(chatId);
    conversations.delete(chatId);
  }
}
