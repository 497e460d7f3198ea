package com.mesoplan.conversation;

import com.mesoplan.i18n.Messages;
import com.mesoplan.i18n.Text;
import com.mesoplan.recommendation.PlanStatus;
import com.mesoplan.recommendation.TreatmentPlan;
import com.mesoplan.recommendation.TreatmentPlan.ProposedSession;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A provisional plan (one with a caution) waits for a practitioner: it shows its phases but no
 * dates and offers no reminders until the clinic clears it. Clearing gives the person their
 * dates and the offer of reminders; declining tells them the clinic wants to see them first.
 */
public final class PlanReviews {

  private final PlanStore plans;
  private final PlanTexts planTexts;
  private final FollowUpService followUps;
  private final ConversationRepository conversations;
  private final Messages messages;
  private final Clock clock;

  public PlanReviews(PlanStore plans, PlanTexts planTexts, FollowUpService followUps,
      ConversationRepository conversations, Messages messages, Clock clock) {
    this.plans = plans;
    this.planTexts = planTexts;
    this.followUps = followUps;
    this.conversations = conversations;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * The practitioner cleared the person's provisional plan: it becomes bookable, its dates move
   * on by whole weeks if the review took so long that the first has passed (weekdays, gaps and
   * waiting times stay as they were), and the person gets them with the offer of reminders.
   * Empty when the person has no provisional plan (any more).
   */
  public Optional<Reply> clear(String chatId) {
    Optional<TreatmentPlan> waiting = plans.find(chatId)
        .filter(p -> p.status() == PlanStatus.PROVISIONAL);
    if (waiting.isEmpty()) {
      return Optional.empty();
    }
    TreatmentPlan cleared = stillAhead(waiting.get()).cleared(Text.of("reason.cleared"));
    plans.save(chatId, cleared);
    String language = languageOf(chatId);
    Reply.Builder reply = Reply.builder()
        .text(messages.render(language, "review.cleared"))
        .text(planTexts.message(language, cleared));
    followUps.offer(language, reply);
    return Optional.of(reply.build());
  }

  /** The practitioner wants to see the person before any plan; their note goes with it. */
  public Optional<Reply> decline(String chatId, String note) {
    if (plans.find(chatId).filter(p -> p.status() == PlanStatus.PROVISIONAL).isEmpty()) {
      return Optional.empty();
    }
    String language = languageOf(chatId);
    TreatmentPlan plan = plans.find(chatId).orElseThrow();
    Reply.Builder reply = Reply.builder().text(messages.render(language, "review.declined"));
    if (!note.isBlank()) {
      reply.text(messages.render(language, Text.of("review.note", "note", note.strip())));
    }
    return Optional.of(reply.text(planTexts.consult(language, plan)).build());
  }

  private TreatmentPlan stillAhead(TreatmentPlan plan) {
    List<ProposedSession> sessions = plan.sessions();
    LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
    if (sessions.isEmpty() || !sessions.get(0).date().isBefore(tomorrow)) {
      return plan;
    }
    long weeks = (ChronoUnit.DAYS.between(sessions.get(0).date(), tomorrow) + 6) / 7;
    return plan.withSessions(sessions.stream()
        .map(s -> new ProposedSession(s.date().plusWeeks(weeks), s.phase())).toList());
  }

  private String languageOf(String chatId) {
    return conversations.find(chatId).map(Conversation::language)
        .orElse(Messages.REFERENCE_LANGUAGE);
  }
}
