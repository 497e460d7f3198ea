package com.mesoplan.conversation;

import com.mesoplan.i18n.Text;
import java.util.Optional;

/**
 * What the clinic's staff do with an open case or a lead, wherever they do it (a command in the
 * staff chat, a button on the console): the case closes, the person is told what it means for
 * them, and the audit trail names the staff member and the person. Each action answers with what
 * to show the staff member, in their language.
 */
public final class StaffActions {

  private final StaffLog log;
  private final AuditTrail audit;
  private final FollowUpService followUps;
  private final Notifier notifier;
  private final PlanReviews reviews;

  public StaffActions(StaffLog log, AuditTrail audit, FollowUpService followUps,
      Notifier notifier, PlanReviews reviews) {
    this.log = log;
    this.audit = audit;
    this.followUps = followUps;
    this.notifier = notifier;
    this.reviews = reviews;
  }

  /** A red flag handled; the person's plan stays paused until the clinic clears them. */
  public Text acknowledge(String actor, String how, long flagId) {
    Optional<String> person = log.handle(flagId);
    audit.record(actor, how + " " + flagId + (person.isPresent() ? "" : " (no such open flag)"),
        person);
    return Text.of(person.isPresent() ? "staff.acked" : "staff.noSuchFlag", "number", flagId);
  }

  /**
   * Clears an open case: a red flag after the clinic has seen the person (the safety pause is
   * lifted and they are told reminders and check-ins run again), or a provisional plan (the
   * person gets their dates and the offer of reminders).
   */
  public Text clear(String actor, String how, long caseId) {
    Optional<StaffLog.Case> open = log.settle(caseId);
    if (open.isEmpty()) {
      audit.record(actor, how + " " + caseId + " (no such open case)", Optional.empty());
      return Text.of("staff.noSuchCase", "number", caseId);
    }
    Optional<String> person = Optional.of(open.get().chatId());
    if (open.get().kind() == StaffLog.Case.Kind.PLAN_REVIEW) {
      Optional<Reply> dated = reviews.clear(person.get());
      dated.ifPresent(message -> notifier.send(person.get(), message));
      audit.record(actor, how + " " + caseId + (dated.isPresent()
          ? ": provisional plan cleared" : ": review closed, no provisional plan"), person);
      return Text.of(dated.isPresent() ? "staff.planCleared" : "staff.nothingToClear",
          "number", caseId);
    }
    Optional<Reply> resumed = followUps.resumeAfterSafetyPause(person.get());
    resumed.ifPresent(message -> notifier.send(person.get(), message));
    audit.record(actor, how + " " + caseId + (resumed.isPresent()
        ? ": red flag handled, plan resumed" : ": red flag handled, no paused plan"), person);
    return Text.of(resumed.isPresent() ? "staff.cleared" : "staff.clearedNothingPaused",
        "number", caseId);
  }

  /** A practitioner wants to see the person first: the review closes, the person is told. */
  public Text decline(String actor, String how, long reviewId, String note) {
    Optional<StaffLog.Review> review = log.openReviews().stream()
        .filter(r -> r.id() == reviewId).findFirst();
    if (review.isEmpty()) {
      audit.record(actor, how + " " + reviewId + " (no such open plan)", Optional.empty());
      return Text.of("staff.noSuchCase", "number", reviewId);
    }
    String person = review.get().chatId();
    if (log.settle(reviewId).isEmpty()) {
      // settled a moment ago (a second press): the person was told once
      return Text.of("staff.noSuchCase", "number", reviewId);
    }
    reviews.decline(person, note).ifPresent(message -> notifier.send(person, message));
    // the note is the practitioner's words about the person: it goes to them, not to the trail
    audit.record(actor, how + " " + reviewId + ": provisional plan declined",
        Optional.of(person));
    return Text.of("staff.planDeclined", "number", reviewId);
  }

  /** A receptionist has called or written to the person about their shared pre-consultation. */
  public Text contacted(String actor, String how, long leadId) {
    Optional<String> person = log.contacted(leadId, actor);
    audit.record(actor, how + " " + leadId + (person.isPresent() ? ": lead contacted"
        : " (no such lead)"), person);
    return Text.of(person.isPresent() ? "staff.contacted" : "staff.noSuchLead",
        "number", leadId);
  }
}
