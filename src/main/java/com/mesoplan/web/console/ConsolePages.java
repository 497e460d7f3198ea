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
  private final ConsoleActivity activity;

  ConsolePages(PersonContacts contacts, Messages messages, ConsoleActivity activity) {
    this.contacts = contacts;
    this.messages = messages;
    this.activity = activity;
  }

  @ModelAttribute("staffName")
  Optional<String> staffName(Authentication staff) {
    if (staff == null || !staff.isAuthenticated()) {
      return Optional.empty();
    }
    String name = staff.getName();
    return Optional.of(StaffMembers.isChannelUser(name) ? contacts.of(name).name() : name);
  }

  @ModelAttribute("idleSeconds")
  long idleSeconds() {
    return activity.idle().toSeconds();
  }

  /** This page in each language: the same address with {@code lang} set. */
  @ModelAttribute("languageLinks")
  java.util.Map<String, String> languageLinks(jakarta.servlet.http.HttpServletRequest request) {
    java.util.Map<String, String> links = new java.util.LinkedHashMap<>();
    for (String language : languages()) {
      links.put(language, org.springframework.web.util.UriComponentsBuilder
          .fromPath(request.getRequestURI()).query(request.getQueryString())
          .replaceQueryParam("lang", language).build().toUriString());
    }
    return links;
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
