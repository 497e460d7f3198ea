package com.mesoplan.web.console;

import com.mesoplan.conversation.Documents;
import com.mesoplan.i18n.Messages;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * People in follow-up, and one person's page: their shared answers, plan, timeline picture,
 * check-ins and who looked at their data. A person is named by their chat id in the query
 * ({@code ?id=telegram:42}), never in the path.
 */
@Controller
class PeopleController {

  private final ConsoleViews views;
  private final Documents documents;
  private final Messages messages;

  PeopleController(ConsoleViews views, Documents documents, Messages messages) {
    this.views = views;
    this.documents = documents;
    this.messages = messages;
  }

  @GetMapping("/console/people")
  String people(Authentication staff, Locale locale, Model model) {
    model.addAttribute("people", views.inFollowUp(StaffMembers.actor(staff), language(locale)));
    model.addAttribute("page", "people");
    return "console/people";
  }

  @GetMapping("/console/person")
  String person(@RequestParam String id, Authentication staff, Locale locale, Model model) {
    model.addAttribute("view", views.person(StaffMembers.actor(staff), id, language(locale))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    model.addAttribute("page", "people");
    return "console/person";
  }

  @GetMapping("/console/person/timeline.png")
  ResponseEntity<byte[]> timeline(@RequestParam String id, Authentication staff,
      Locale locale) {
    return views.plan(StaffMembers.actor(staff), id).filter(p -> !p.sessions().isEmpty())
        .map(plan -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
            .cacheControl(CacheControl.noStore())
            .body(documents.timeline(plan, language(locale))))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  private String language(Locale locale) {
    return ConsoleWeb.FromMessageFiles.language(messages, locale);
  }
}
