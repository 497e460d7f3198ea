package com.mesoplan.conversation;

import com.mesoplan.recommendation.PatientProfile;
import com.mesoplan.recommendation.PlanStatus;
import com.mesoplan.recommendation.RecommendationEngine;
import com.mesoplan.recommendation.Screening;
import com.mesoplan.recommendation.TreatmentPlan;
import java.util.Map;

/**
 * What happens at the end of a pre-consultation: the plan, the referral, or, when consent is
 * declined, a kind goodbye and nothing kept.
 */
public final class Outcomes {

  private final RecommendationEngine recommendations;
  private final PlanTexts planTexts;
  private final ConversationRepository repository;
  private final PlanStore plans;
  private final FollowUpService followUps;
  private final HandOff handOff;
  private final ConversationEvents events;

  public Outcomes(RecommendationEngine recommendations, PlanTexts planTexts,
      ConversationRepository repository, PlanStore plans, FollowUpService followUps,
      HandOff handOff, ConversationEvents events) {
    this.events = events;
    this.followUps = followUps;
    this.handOff = handOff;
    this.recommendations = recommendations;
    this.planTexts = planTexts;
    this.repository = repository;
    this.plans = plans;
  }

  HandOff handOff() {
    return handOff;
  }

  FollowUpService followUps() {
    return followUps;
  }

  Reply finish(Conversation conversation, String result, Map<String, Object> fields,
      Reply.Builder reply) {
    String language = conversation.language();
    switch (result) {
      case ProfileFields.RESULT_DECLINED -> {
        repository.delete(conversation.chatId());
        events.reached(conversation.chatId(), new FunnelStage.Outcome(
            FunnelStage.Outcome.DECLINED));
        return reply.text(planTexts.render(language, "end.declined")).build();
      }
      case ProfileFields.RESULT_REFERRAL -> {
        repository.save(conversation);
        Screening screening = fields.get("age") instanceof Integer age
            ? Screening.of(ProfileFields.screening(fields), age)
            : Screening.of(ProfileFields.screening(fields));
        TreatmentPlan referral = recommendations.referral(screening);
        plans.save(conversation.chatId(), referral);
        events.planGiven(referral.status());
        events.reached(conversation.chatId(), FunnelStage.Outcome.of(referral.status()));
        return reply.text(planTexts.message(language, referral)).build();
      }
      case ProfileFields.RESULT_ASSESS -> {
        repository.save(conversation);
        followUps.assess(conversation.chatId(), fields, language, reply);
        return reply.build();
      }
      default -> {
        repository.save(conversation);
        PatientProfile profile = ProfileFields.profile(fields);
        TreatmentPlan plan = recommendations.recommend(profile);
        plans.save(conversation.chatId(), plan);
        events.planGiven(plan.status());
        events.reached(conversation.chatId(), FunnelStage.Outcome.of(plan.status()));
        reply.text(planTexts.render(language, "end.thanks"))
            .text(planTexts.message(language, plan))
            .text(planTexts.render(language, plan.isBookable() ? "end.ownData"
                : "end.ownDataProvisional"));
        if (plan.status() == PlanStatus.PROVISIONAL) {
          handOff.forReview(conversation, fields, plan);
          return reply.build();
        }
        followUps.offer(language, reply);
        handOff.offer(language, reply);
        return reply.build();
      }
    }
  }
}
