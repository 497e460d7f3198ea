package com.mesoplan.conversation;

import com.mesoplan.followup.Symptom;
import com.mesoplan.i18n.Messages;
import com.mesoplan.i18n.Text;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the clinic's staff read a person in alerts and lists, in the clinic's language: their name
 * and a button that opens the chat with them, symptoms as a phrase ("any change in vision"), and
 * times in the clinic's time zone.
 */
public final class StaffWords {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

  private final Messages messages;
  private final PersonContacts contacts;
  private final ZoneId zone;

  public StaffWords(Messages messages, PersonContacts contacts, ZoneId zone) {
    this.messages = messages;
    this.contacts = contacts;
    this.zone = zone;
  }

  String name(String chatId) {
    return contacts.of(chatId).name();
  }

  /** The button that opens the chat with the person, if their channel has such a link. */
  List<Reply.Link> open(String chatId, String what) {
    PersonContacts.Contact contact = contacts.of(chatId);
    String label = render(Text.of("staff.openChat", "name", contact.name()));
    return contact.link().map(url -> List.of(new Reply.Link(
        what.isEmpty() ? label : what + " · " + label, url))).orElse(List.of());
  }

  String symptoms(Set<Symptom> symptoms) {
    return symptoms.stream().sorted().map(s -> lowerFirst(render(Messages.enumKey(s))))
        .collect(Collectors.joining(", "));
  }

  String time(Instant at) {
    return TIME.format(at.atZone(zone));
  }

  String render(Text text) {
    return messages.render(Messages.REFERENCE_LANGUAGE, text);
  }

  String render(String key) {
    return messages.render(Messages.REFERENCE_LANGUAGE, key);
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }
}
