package com.mesoplan.web.console;

import com.mesoplan.conversation.AuditTrail;
import com.mesoplan.conversation.Dialogs;
import com.mesoplan.conversation.FunnelStage;
import com.mesoplan.conversation.Journeys;
import com.mesoplan.dialog.Step;
import com.mesoplan.i18n.Messages;
import com.mesoplan.i18n.Text;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The funnel: of the people who started the pre-consultation in the last 7, 30 or 90 days (from
 * one campaign or all), how many reached each question, each outcome, sharing and reminders,
 * with the step where most people stop marked. Counts only; nobody is named.
 */
@Controller
class FunnelController {

  static final List<Integer> PERIODS = List.of(7, 30, 90);

  private final Journeys journeys;
  private final Dialogs dialogs;
  private final Messages messages;
  private final AuditTrail audit;
  private final Clock clock;

  FunnelController(Journeys journeys, Dialogs dialogs, Messages messages, AuditTrail audit,
      Clock clock) {
    this.journeys = journeys;
    this.dialogs = dialogs;
    this.messages = messages;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping("/console/funnel")
  String funnel(@RequestParam(defaultValue = "30") String days,
      @RequestParam(defaultValue = "") String campaign, Authentication staff, Locale locale,
      Model model) {
    int period = PERIODS.stream().filter(d -> String.valueOf(d).equals(days)).findFirst()
        .orElse(30);
    Instant since = Instant.now(clock).minus(Duration.ofDays(period));
    List<String> campaigns = journeys.campaigns(since);
    Optional<String> from = Optional.of(campaign).filter(campaigns::contains);
    String language = ConsoleWeb.FromMessageFiles.language(messages, locale);
    audit.record(StaffMembers.actor(staff), "console: funnel", Optional.empty());
    model.addAttribute("funnel", chart(journeys.funnel(since, from), language));
    model.addAttribute("days", period);
    model.addAttribute("periods", PERIODS);
    model.addAttribute("campaigns", campaigns);
    model.addAttribute("campaign", from.orElse(""));
    model.addAttribute("page", "funnel");
    return "console/funnel";
  }

  Cards.Funnel chart(Map<String, Long> counts, String language) {
    List<FunnelBars.Step> stages = new ArrayList<>();
    stages.add(new FunnelBars.Step(Journeys.STARTED, label(language, "console.funnel.started")));
    int number = 0;
    for (Step step : dialogs.main().definition().steps().values()) {
      if (!(step instanceof Step.End)) {
        number++;
        stages.add(new FunnelBars.Step(new FunnelStage.Question(step.id()).key(),
            messages.render(language, Text.of("console.funnel.question", "number", number,
                "step", step.id()))));
        if (number == 1) {
          stages.add(new FunnelBars.Step(new FunnelStage.Consented().key(),
              label(language, "console.funnel.consented")));
        }
      }
    }
    for (String result : List.of("ok", "provisional", "referred", "declined")) {
      stages.add(new FunnelBars.Step(new FunnelStage.Outcome(result).key(),
          label(language, "console.funnel." + result)));
    }
    stages.add(new FunnelBars.Step(new FunnelStage.Shared().key(),
        label(language, "console.funnel.shared")));
    stages.add(new FunnelBars.Step(new FunnelStage.RemindersOn().key(),
        label(language, "console.funnel.reminders")));
    return FunnelBars.of(stages, counts);
  }

  private String label(String language, String key) {
    return messages.render(language, key);
  }
}
