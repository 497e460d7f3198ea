package com.mesoplan.web.console;

import com.mesoplan.conversation.StaffActions;
import com.mesoplan.i18n.Messages;
import com.mesoplan.i18n.Text;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import com.mesoplan.conversation.UnitOfWork;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Today: open red flags first, then provisional plans waiting for a practitioner, then new
 * leads. Each action is the staff chat's command, run in one transaction with the messages it
 * sends the person.
 */
@Controller
class TodayController {

  private static final int MAX_NOTE = 1000;

  private final ConsoleViews views;
  private final StaffActions actions;
  private final UnitOfWork work;
  private final Messages messages;

  TodayController(ConsoleViews views, StaffActions actions, UnitOfWork work,
      Messages messages) {
    this.views = views;
    this.actions = actions;
    this.work = work;
    this.messages = messages;
  }

  @GetMapping("/console")
  String today(Authentication staff, Locale locale, Model model) {
    String actor = StaffMembers.actor(staff);
    String language = ConsoleWeb.FromMessageFiles.language(messages, locale);
    flags(model, views.redFlags(actor));
    model.addAttribute("reviews", views.reviews(actor, language));
    model.addAttribute("leads", views.newLeads(actor));
    model.addAttribute("page", "today");
    return "console/today";
  }

  /** The red flags alone, fetched again when the event stream says a new one came in. */
  @GetMapping("/console/today/flags")
  String flags(Authentication staff, Model model) {
    flags(model, views.redFlags(StaffMembers.actor(staff)));
    return "console/today :: flags";
  }

  /** The flags, and the newest among them: the page fetches them again only for a newer one. */
  private static void flags(Model model, java.util.List<Cards.RedFlag> flags) {
    model.addAttribute("flags", flags);
    model.addAttribute("newestFlag", flags.stream().mapToLong(Cards.RedFlag::id).max().orElse(0));
  }

  @PostMapping("/console/flags/{id}/handled")
  String handled(@PathVariable long id, Authentication staff, Locale locale,
      RedirectAttributes done) {
    return act(locale, done, () -> actions.acknowledge(StaffMembers.actor(staff), "console: handled",
        id));
  }

  /** Resumes the plan after a red flag, or gives the person the dates of a provisional plan. */
  @PostMapping("/console/cases/{id}/clear")
  String clear(@PathVariable long id, Authentication staff, Locale locale,
      RedirectAttributes done) {
    return act(locale, done, () -> actions.clear(StaffMembers.actor(staff), "console: clear", id));
  }

  @PostMapping("/console/reviews/{id}/decline")
  String decline(@PathVariable long id, @RequestParam(defaultValue = "") String note,
      Authentication staff, Locale locale, RedirectAttributes done) {
    if (note.codePointCount(0, note.length()) > MAX_NOTE) {
      done.addFlashAttribute("done", messages.render(
          ConsoleWeb.FromMessageFiles.language(messages, locale), Text.of("console.noteTooLong",
              "number", MAX_NOTE)));
      return "redirect:/console";
    }
    return act(locale, done, () -> actions.decline(StaffMembers.actor(staff), "console: decline",
        id, note));
  }

  @PostMapping("/console/leads/{id}/contacted")
  String contacted(@PathVariable long id, Authentication staff, Locale locale,
      RedirectAttributes done) {
    return act(locale, done, () -> actions.contacted(StaffMembers.actor(staff), "console: contacted",
        id));
  }

  private String act(Locale locale, RedirectAttributes done, Supplier<Text> action) {
    Text outcome = work.inOne(action);
    done.addFlashAttribute("done", messages.render(
        ConsoleWeb.FromMessageFiles.language(messages, locale), outcome));
    return "redirect:/console";
  }
}
