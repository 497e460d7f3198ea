package com.mesoplan.conversation;

import com.mesoplan.i18n.Messages;
import com.mesoplan.i18n.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The commands of the clinic's staff: /leads (recent shared pre-consultations), /flags (open
 * red flags), /ack N (a flag handled, the plan stays paused) and /clear N (a flag handled after
 * the clinic has seen the person: their plan continues). Channels call this only in the staff chat, or in a
 * private chat with a staff member; everywhere else the commands are not available. Each use is
 * in the audit trail, with the staff member and every person whose data it showed or changed.
 */
public final class StaffCommands {

  public static final Set<String> NAMES = Set.of("leads", "flags", "ack", "clear", "review",
      "decline");
  private static final int RECENT = 10;

  private final StaffLog log;
  private final AuditTrail audit;
  private final Messages messages;
  private final FollowUpService followUps;
  private final Notifier notifier;
  private final PlanReviews reviews;
  private final StaffWords words;

  public StaffCommands(StaffLog log, AuditTrail audit, Messages messages,
      FollowUpService followUps, Notifier notifier, PlanReviews reviews, StaffWords words) {
    this.reviews = reviews;
    this.words = words;
    this.log = log;
    this.audit = audit;
    this.messages = messages;
    this.followUps = followUps;
    this.notifier = notifier;
  }

  public static boolean isStaffCommand(Incoming incoming) {
    return incoming instanceof Incoming.Command command && NAMES.contains(command.name());
  }

  /**
   * @param staffMember who asked, as the channel names its users (for the audit trail)
   */
  public Reply handle(Incoming.Command command, String staffMember) {
    String actor = AuditTrail.staff(staffMember);
    Answer answer = switch (command.name()) {
      case "leads" -> leads(actor);
      case "flags" -> flags(actor);
      case "review" -> waitingReviews(actor);
      case "clear" -> new Answer(clear(actor, command.argument()));
      case "decline" -> new Answer(decline(actor, command.argument()));
      default -> new Answer(ack(actor, command.argument()));
    };
    return Reply.builder().withLinks(answer.text(), answer.links()).build();
  }

  /** A command's answer, with buttons that open the chats of the people it lists. */
  private record Answer(String text, List<Reply.Link> links) {
    Answer(String text) {
      this(text, List.of());
    }
  }

  private Answer leads(String actor) {
    List<StaffLog.Lead> leads = log.recentLeads(RECENT);
    audit.record(actor, "/leads", Optional.empty());
    if (leads.isEmpty()) {
      return new Answer(words.render("staff.noLeads"));
    }
    StringBuilder out = new StringBuilder(words.render("staff.leads"));
    List<Reply.Link> open = new ArrayList<>();
    for (StaffLog.Lead lead : leads) {
      audit.record(actor, "/leads: summary shown", Optional.of(lead.chatId()));
      out.append("\n\n#").append(lead.id()).append(" · ").append(words.time(lead.at()))
          .append('\n').append(lead.summary());
      open.addAll(words.open(lead.chatId(), "#" + lead.id()));
    }
    return new Answer(out.toString(), open);
  }

  private Answer flags(String actor) {
    List<StaffLog.Flag> flags = log.openFlags();
    audit.record(actor, "/flags", Optional.empty());
    if (flags.isEmpty()) {
      return new Answer(words.render("staff.noFlags"));
    }
    StringBuilder out = new StringBuilder(words.render("staff.flags"));
    List<Reply.Link> open = new ArrayList<>();
    for (StaffLog.Flag flag : flags) {
      audit.record(actor, "/flags: red flag #" + flag.id() + " shown", Optional.of(flag.chatId()));
      out.append("\n#").append(flag.id()).append(" ").append(flag.level()).append(" · ")
          .append(words.time(flag.at())).append(" · ")
          .append(words.render(Text.of("staff.reported", "symptoms", flag.symptoms())))
          .append(" · ").append(words.name(flag.chatId()));
      open.addAll(words.open(flag.chatId(), "#" + flag.id()));
    }
    return new Answer(out.toString(), open);
  }

  /**
   * Clears an open case: a red flag after the clinic has seen the person (the safety pause is
   * lifted and they are told reminders and check-ins run again), or a provisional plan (the
   * person gets their dates and the offer of reminders).
   */
  private String clear(String actor, String argument) {
    Optional<Long> id = number(argument);
    if (id.isEmpty()) {
      return messages.render(Messages.REFERENCE_LANGUAGE, "staff.clearHow");
    }
    Optional<StaffLog.Case> open = log.settle(id.get());
    if (open.isEmpty()) {
      audit.record(actor, "/clear " + id.get() + " (no such open case)", Optional.empty());
      return messages.render(Messages.REFERENCE_LANGUAGE, Text.of("staff.noSuchCase",
          "number", id.get()));
    }
    Optional<String> person = Optional.of(open.get().chatId());
    if (open.get().kind() == StaffLog.Case.Kind.PLAN_REVIEW) {
      Optional<Reply> dated = reviews.clear(person.get());
      dated.ifPresent(message -> notifier.send(person.get(), message));
      audit.record(actor, "/clear " + id.get() + (dated.isPresent() ? ": provisional plan cleared"
          : ": review closed, no provisional plan"), person);
      return messages.render(Messages.REFERENCE_LANGUAGE, Text.of(dated.isPresent()
          ? "staff.planCleared" : "staff.nothingToClear", "number", id.get()));
    }
    Optional<Reply> resumed = followUps.resumeAfterSafetyPause(person.get());
    resumed.ifPresent(message -> notifier.send(person.get(), message));
    audit.record(actor, "/clear " + id.get() + (resumed.isPresent()
        ? ": red flag handled, plan resumed" : ": red flag handled, no paused plan"), person);
    return messages.render(Messages.REFERENCE_LANGUAGE, Text.of(resumed.isPresent()
        ? "staff.cleared" : "staff.clearedNothingPaused", "number", id.get()));
  }

  private Answer waitingReviews(String actor) {
    List<StaffLog.Review> waiting = log.openReviews();
    audit.record(actor, "/review", Optional.empty());
    if (waiting.isEmpty()) {
      return new Answer(words.render("staff.noReviews"));
    }
    StringBuilder out = new StringBuilder(words.render("staff.reviews"));
    List<Reply.Link> open = new ArrayList<>();
    for (StaffLog.Review review : waiting) {
      audit.record(actor, "/review: plan #" + review.id() + " shown", Optional.of(review.chatId()));
      out.append("\n#").append(review.id()).append(" · ").append(words.time(review.at()))
          .append(" · ").append(review.cautions()).append(" · ")
          .append(words.name(review.chatId()));
      open.addAll(words.open(review.chatId(), "#" + review.id()));
    }
    return new Answer(out.toString(), open);
  }

  /** A practitioner wants to see the person first: the review closes, the person is told. */
  private String decline(String actor, String argument) {
    String[] parts = argument.strip().split("\\s+", 2);
    Optional<Long> id = number(parts[0]);
    if (id.isEmpty()) {
      return messages.render(Messages.REFERENCE_LANGUAGE, "staff.declineHow");
    }
    Optional<StaffLog.Review> review = log.openReviews().stream()
        .filter(r -> r.id() == id.get()).findFirst();
    if (review.isEmpty()) {
      audit.record(actor, "/decline " + id.get() + " (no such open plan)", Optional.empty());
      return messages.render(Messages.REFERENCE_LANGUAGE, Text.of("staff.noSuchCase",
          "number", id.get()));
    }
    String person = review.get().chatId();
    log.settle(id.get());
    reviews.decline(person, parts.length > 1 ? parts[1] : "")
        .ifPresent(message -> notifier.send(person, message));
    // the note is the practitioner's words about the person: it goes to them, not to the trail
    audit.record(actor, "/decline " + id.get() + ": provisional plan declined",
        Optional.of(person));
    return messages.render(Messages.REFERENCE_LANGUAGE, Text.of("staff.planDeclined",
        "number", id.get()));
  }

  private static Optional<Long> number(String argument) {
    String number = argument.strip().replace("#", "");
    return number.matches("\\d{1,12}") ? Optional.of(Long.parseLong(number)) : Optional.empty();
  }

  private String ack(String actor, String argument) {
    Optional<Long> given = number(argument);
    if (given.isEmpty()) {
      return messages.render(Messages.REFERENCE_LANGUAGE, "staff.ackHow");
    }
    long id = given.get();
    Optional<String> person = log.handle(id);
    audit.record(actor, "/ack " + id + (person.isPresent() ? "" : " (no such open flag)"),
        person);
    return messages.render(Messages.REFERENCE_LANGUAGE, Text.of(
        person.isPresent() ? "staff.acked" : "staff.noSuchFlag", "number", id));
  }
}
