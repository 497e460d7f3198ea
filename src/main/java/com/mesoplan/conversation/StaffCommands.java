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
 * the clinic has seen the person: their plan continues), /review, /clear N and /decline N for
 * provisional plans, and /console (a one-time link that signs the staff member in to the clinic's
 * web console). Channels call this only in the staff chat, or in a
 * private chat with a staff member; everywhere else the commands are not available. Each use is
 * in the audit trail, with the staff member and every person whose data it showed or changed.
 */
public final class StaffCommands {

  public static final Set<String> NAMES = Set.of("leads", "flags", "ack", "clear", "review",
      "decline", "console");
  private static final int RECENT = 10;

  private final StaffLog log;
  private final AuditTrail audit;
  private final Messages messages;
  private final StaffActions actions;
  private final StaffWords words;
  private final ConsoleLinks console;

  public StaffCommands(StaffLog log, AuditTrail audit, Messages messages, StaffActions actions,
      StaffWords words, ConsoleLinks console) {
    this.log = log;
    this.audit = audit;
    this.messages = messages;
    this.actions = actions;
    this.words = words;
    this.console = console;
  }

  /** Whether the command's answer is for the asker alone (a sign-in link), never a group. */
  public static boolean isPersonal(Incoming.Command command) {
    return command.name().equals("console");
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
      case "console" -> new Answer(console(actor, staffMember));
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

  private String clear(String actor, String argument) {
    return number(argument).map(id -> render(actions.clear(actor, "/clear", id)))
        .orElseGet(() -> render("staff.clearHow"));
  }

  /** A sign-in link for the web console, valid briefly and once; it is for the asker alone. */
  private String console(String actor, String staffMember) {
    Optional<String> link = console.signInLink(staffMember);
    audit.record(actor, "/console" + (link.isPresent() ? ": sign-in link given" : " (off)"),
        Optional.empty());
    return link.map(url -> words.render(Text.of("staff.consoleLink", "link", url,
        "minutes", ConsoleLinks.VALID.toMinutes()))).orElseGet(() -> render("staff.consoleOff"));
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

  private String decline(String actor, String argument) {
    String[] parts = argument.strip().split("\\s+", 2);
    return number(parts[0]).map(id -> render(actions.decline(actor, "/decline", id,
        parts.length > 1 ? parts[1] : ""))).orElseGet(() -> render("staff.declineHow"));
  }

  private static Optional<Long> number(String argument) {
    String number = argument.strip().replace("#", "");
    return number.matches("\\d{1,12}") ? Optional.of(Long.parseLong(number)) : Optional.empty();
  }

  private String ack(String actor, String argument) {
    return number(argument).map(id -> render(actions.acknowledge(actor, "/ack", id)))
        .orElseGet(() -> render("staff.ackHow"));
  }

  private String render(Text text) {
    return messages.render(Messages.REFERENCE_LANGUAGE, text);
  }

  private String render(String key) {
    return messages.render(Messages.REFERENCE_LANGUAGE, key);
  }
}
