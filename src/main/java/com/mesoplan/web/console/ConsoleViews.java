package com.mesoplan.web.console;

import com.mesoplan.clinic.Clinic;
import com.mesoplan.conversation.AuditTrail;
import com.mesoplan.conversation.FollowUp;
import com.mesoplan.conversation.FollowUpStore;
import com.mesoplan.conversation.Journeys;
import com.mesoplan.conversation.PersonContacts;
import com.mesoplan.conversation.PlanStore;
import com.mesoplan.conversation.PlanTexts;
import com.mesoplan.conversation.StaffLog;
import com.mesoplan.followup.Symptom;
import com.mesoplan.i18n.Messages;
import com.mesoplan.recommendation.TreatmentPlan;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns what the staff log, the plans and the journeys hold into the console's cards, in the
 * staff member's language, and records in the audit trail whose data each page showed.
 */
@Component
class ConsoleViews {

  private static final int LEADS = 50;

  private final StaffLog log;
  private final AuditTrail audit;
  private final PlanStore plans;
  private final PlanTexts planTexts;
  private final Journeys journeys;
  private final FollowUpStore followUps;
  private final PersonContacts contacts;
  private final Messages messages;
  private final ZoneId zone;

  ConsoleViews(StaffLog log, AuditTrail audit, PlanStore plans, PlanTexts planTexts,
      Journeys journeys, FollowUpStore followUps, PersonContacts contacts, Messages messages,
      Clinic clinic) {
    this.log = log;
    this.audit = audit;
    this.plans = plans;
    this.planTexts = planTexts;
    this.journeys = journeys;
    this.followUps = followUps;
    this.contacts = contacts;
    this.messages = messages;
    this.zone = clinic.timeZone();
  }

  List<Cards.RedFlag> redFlags(String actor) {
    return log.openFlags().stream().map(flag -> {
      audit.record(actor, "console: red flag #" + flag.id() + " shown",
          Optional.of(flag.chatId()));
      return new Cards.RedFlag(flag.id(), flag.level(), flag.level().equals("EMERGENCY"),
          time(flag.at()), flag.symptoms(), person(flag.chatId()));
    }).toList();
  }

  List<Cards.Review> reviews(String actor, String language) {
    return log.openReviews().stream().map(review -> {
      audit.record(actor, "console: plan #" + review.id() + " shown",
          Optional.of(review.chatId()));
      String summary = log.leadOf(review.chatId()).map(StaffLog.Lead::summary).orElse("");
      String plan = plans.find(review.chatId()).map(p -> planTexts.message(language, p))
          .orElse("");
      return new Cards.Review(review.id(), time(review.at()), review.cautions(),
          answersOf(summary), plan, person(review.chatId()));
    }).toList();
  }

  List<Cards.Lead> newLeads(String actor) {
    return log.uncontactedLeads(LEADS).stream().map(lead -> {
      audit.record(actor, "console: lead #" + lead.id() + " shown", Optional.of(lead.chatId()));
      return lead(lead);
    }).toList();
  }

  private Cards.Lead lead(StaffLog.Lead lead) {
    return new Cards.Lead(lead.id(), time(lead.at()), lead.summary(), person(lead.chatId()),
        lead.contacted().map(this::time));
  }

  /** The lead card without the plan at its end (the console shows the plan on its own). */
  private static String answersOf(String summary) {
    int plan = summary.indexOf("\n\n");
    return plan < 0 ? summary : summary.substring(0, plan);
  }

  List<Cards.InFollowUp> inFollowUp(String actor, String language) {
    audit.record(actor, "console: people in follow-up shown", Optional.empty());
    return followUps.notStopped().stream().map(f -> {
      Optional<Journeys.CheckIn> last = journeys.checkIns(f.chatId()).stream().findFirst();
      return new Cards.InFollowUp(person(f.chatId()), status(language, f.status()),
          f.status() != FollowUp.Status.ACTIVE, nextSession(language, f),
          last.map(c -> time(c.at()) + " · " + level(language, c.level().name())).orElse("–"),
          last.filter(c -> c.level().isRedFlag()).isPresent(), f.sessionsDone());
    }).toList();
  }

  /** Whose page this is, or empty when mesoplan holds nothing about them any more. */
  Optional<PersonPage> person(String actor, String chatId, String language) {
    Optional<TreatmentPlan> plan = plans.find(chatId);
    Optional<FollowUp> followUp = followUps.find(chatId)
        .filter(f -> f.status() != FollowUp.Status.STOPPED);
    Optional<StaffLog.Lead> lead = log.leadOf(chatId);
    if (plan.isEmpty() && followUp.isEmpty() && lead.isEmpty()) {
      return Optional.empty();
    }
    audit.record(actor, "console: person's page shown", Optional.of(chatId));
    List<Cards.CheckIn> checkIns = journeys.checkIns(chatId).stream()
        .map(c -> new Cards.CheckIn(time(c.at()), level(language, c.level().name()),
            c.level().isRedFlag(), symptoms(language, c.symptoms()))).toList();
    List<Cards.Audited> trail = audit.about(chatId, 50).stream()
        .map(e -> new Cards.Audited(time(e.at()), e.actor(), e.action())).toList();
    return Optional.of(new PersonPage(person(chatId), lead.map(l -> answersOf(l.summary())),
        plan.map(p -> planTexts.message(language, p)),
        plan.filter(p -> !p.sessions().isEmpty()).isPresent(),
        followUp.map(f -> status(language, f.status())), checkIns, trail));
  }

  /** One person's page. */
  record PersonPage(Cards.Person person, Optional<String> answers, Optional<String> plan,
      boolean hasTimeline, Optional<String> followUp, List<Cards.CheckIn> checkIns,
      List<Cards.Audited> trail) {}

  /** The person's plan, for its timeline picture. */
  Optional<TreatmentPlan> plan(String actor, String chatId) {
    Optional<TreatmentPlan> plan = plans.find(chatId);
    plan.ifPresent(p -> audit.record(actor, "console: timeline shown", Optional.of(chatId)));
    return plan;
  }

  private String nextSession(String language, FollowUp followUp) {
    return plans.find(followUp.chatId())
        .filter(p -> followUp.sessionsDone() < p.sessions().size())
        .map(p -> messages.date(language, p.sessions().get(followUp.sessionsDone()).date()))
        .orElse("–");
  }

  private String status(String language, FollowUp.Status status) {
    return messages.render(language, "console.status." + status.name());
  }

  private String level(String language, String level) {
    return messages.render(language, "console.level." + level);
  }

  private String symptoms(String language, Set<Symptom> symptoms) {
    return symptoms.isEmpty() ? "–" : symptoms.stream().sorted()
        .map(s -> messages.render(language, Messages.enumKey(s)))
        .collect(Collectors.joining(", "));
  }

  Cards.Person person(String chatId) {
    PersonContacts.Contact contact = contacts.of(chatId);
    return new Cards.Person(chatId, contact.name(), contact.link());
  }

  String time(Instant at) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(Locale.UK).format(at.atZone(zone));
  }
}
