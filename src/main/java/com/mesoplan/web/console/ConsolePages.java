package com.mesoplan.web.console;

import com.mesoplan.conversation.PersonContacts;
import com.mesoplan.i18n.Messages;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page shows around its content: who is signed in, and the language. */
@ControllerAdvice(basePackageClasses = ConsolePages.class)
class ConsolePages {

  private final PersonContacts contacts;
  private final Messages messages;

  ConsolePages(PersonContacts contacts, Messages messages) {
    this.contacts = contacts;
    this.messages = messages;
  }

  @ModelAttribute("staffName")
  Optional<String> staffName(Authentication staff) {
    if (staff == null || !staff.isAuthenticated()) {
      return Optional.empty();
    }
    String name = staff.getName();
    return Optional.of(StaffMembers.isChannelUser(name) ? contacts.of(name).name() : name);
  }

  @ModelAttribute("language")
  String language(Locale locale) {
    return ConsoleWeb.FromMessageFiles.language(messages, locale);
  }

  @ModelAttribute("languages")
  java.util.List<String> languages() {
    return messages.languages().stream().sorted().toList();
  }
}
