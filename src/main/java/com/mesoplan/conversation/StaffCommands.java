package com.mesoplan.conversation;

import com.mesoplan.i18n.Messages;
import com.mesoplan.i18n.Text;
import java.util.List;
import java.util.Set;

/**
 * The commands of the clinic's staff: /leads (recent shared pre-consultations), /flags (open
 * red flags) and /ack N (a flag handled). Channels call this only for the staff chat or staff
 * members; everyone else is told the commands are not available.
 */
public final class StaffCommands {

  public static final Set<String> NAMES = Set.of("leads", "flags", "ack");
  private static final int RECENT = 10;

  private final StaffLog log;
  private final Messages messages;

  public StaffCommands(StaffLog log, Messages messages) {
    this.log = log;
    this.messages = messages;
  }

  public static boolean isStaffCommand(Incoming incoming) {
    return incoming instanceof Incoming.Command command && NAMES.contains(command.name());
  }

  public Reply handle(Incoming.Command command) {
    String en = Messages.REFERENCE_LANGUAGE;
    String text = switch (command.name()) {
      case "leads" -> leads(en);
      case "flags" -> flags(en);
      default -> ack(en, command.argument());
    };
    return Reply.builder().text(text).build();
  }

  private String leads(String en) {
    List<StaffLog.Lead> leads = log.recentLeads(RECENT);
    if (leads.isEmpty()) {
      return messages.render(en, "staff.noLeads");
    }
    StringBuilder out = new StringBuilder(messages.render(en, "staff.leads"));
    for (StaffLog.Lead lead : leads) {
      out.append("\n\n#").append(lead.id()).append(" · ").append(lead.at()).append('\n')
          .append(lead.summary());
    }
    return out.toString();
  }

  private String flags(String en) {
    List<StaffLog.Flag> flags = log.openFlags();
    if (flags.isEmpty()) {
      return messages.render(en, "staff.noFlags");
    }
    StringBuilder out = new StringBuilder(messages.render(en, "staff.flags"));
    for (StaffLog.Flag flag : flags) {
      out.append("\n#").append(flag.id()).append(" ").append(flag.level()).append(" · ")
          .append(flag.at()).append(" · ").append(flag.symptoms()).append(" · ")
          .append(flag.chatId());
    }
    return out.toString();
  }

  private String ack(String en, String argument) {
    String number = argument.strip().replace("#", "");
    if (!number.matches("\\d{1,12}")) {
      return messages.render(en, "staff.ackHow");
    }
    long id = Long.parseLong(number);
    return messages.render(en, Text.of(log.handle(id) ? "staff.acked" : "staff.noSuchFlag",
        "number", id));
  }
}
