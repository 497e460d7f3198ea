package com.mesoplan.conversation;

import com.mesoplan.Fixtures;
import com.mesoplan.config.DialogFiles;
import com.mesoplan.dialog.DialogDefinition;
import com.mesoplan.dialog.DialogEngine;
import com.mesoplan.dialog.DialogValidator;
import com.mesoplan.recommendation.RecommendationEngine;
import com.mesoplan.documents.FileDocuments;
import com.mesoplan.followup.CheckInAssessor;
import com.mesoplan.followup.FollowUpPlanner;
import com.mesoplan.followup.FollowUpSettings;
import com.mesoplan.recommendation.WorkingDays;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/** A conversation service on the shipped files, a fixed clock and an in-memory store. */
public final class Chats {

  public final InMemoryConversations store = new InMemoryConversations();
  public final InMemoryPlans plans = new InMemoryPlans(store);
  public final ConversationService service;
  final DialogDefinition dialog;
  final Outcomes outcomes;
  final FollowUpFakes fakes = new FollowUpFakes();
  final FollowUpService followUps;
  final HandOff handOff;
  final Nudges nudges;
  static final FollowUpSettings SETTINGS = new FollowUpSettings(LocalTime.of(10, 0), 1, 1,
      LocalTime.of(21, 0), LocalTime.of(9, 0), Duration.ofDays(1));
  final OwnData ownData;
  /** Staff see a person as "Ann (@ann)" with a link to their chat. */
  static final StaffWords WORDS = new StaffWords(Fixtures.messages(),
      id -> new PersonContacts.Contact("Ann (@ann)", Optional.of("https://t.me/ann")),
      ZoneOffset.UTC);
  static final RetentionPeriods RETENTION = new RetentionPeriods(Period.ofDays(30),
      Period.ofDays(90), Period.ofYears(3), Period.ofYears(2));

  public Chats() {
    var messages = Fixtures.messages();
    var clinic = Fixtures.clinic();
    Map<String, DialogDefinition> definitions = DialogFiles.load(Path.of("dialogs"),
        new DialogValidator(ProfileFields.SCHEMA, messages));
    dialog = definitions.get("pre-consultation");
    var engine = new RecommendationEngine(Fixtures.protocols(), clinic.defaultCocktail(),
        Fixtures.CLOCK);
    PlanTexts planTexts = new PlanTexts(messages, clinic);
    followUps = new FollowUpService(plans, fakes.store, fakes.schedule,
        new FollowUpPlanner(SETTINGS, Fixtures.CLOCK), new CheckInAssessor(7,
            new WorkingDays(Fixtures.protocols().workingDays()), Fixtures.CLOCK,
            Fixtures.CONTACTS), fakes.staff,
        messages, new PlanTexts(messages, clinic), ZoneOffset.UTC, Fixtures.CLOCK,
        ConversationEvents.NONE);
    handOff = new HandOff(plans, planTexts, messages, fakes.staffLog, fakes.notifier,
        Optional.of("telegram:-100"), WORDS);
    outcomes = new Outcomes(engine, planTexts, store, plans, followUps, handOff,
        ConversationEvents.NONE);
    ownData = new OwnData(plans, planTexts, new FileDocuments(messages, planTexts, clinic,
        JsonMapper.builder().build(), Fixtures.CLOCK), List.of(plans), messages, fakes.audit,
        fakes.staffLog, fakes.staff, RETENTION, Optional.empty());
    Map<String, DialogEngine> engines = new HashMap<>();
    definitions.forEach((id, d) -> engines.put(id, new DialogEngine(d, Fixtures.CLOCK)));
    service = new ConversationService(new Dialogs(engines, dialog.id()), messages, outcomes,
        store, ownData, ConversationEvents.NONE);
    nudges = new Nudges(followUps, service, fakes.notifier, messages, ConversationEvents.NONE,
        FollowUpSettings.LATE_CHECK_IN_DAYS);
  }

  /** Sends a line as a person would type it and returns the reply as a terminal shows it. */
  public String send(String chatId, String line, String language) {
    return render(service.handle(chatId, Incoming.fromLine(line), Optional.of(language)));
  }

  public static String render(Reply reply) {
    StringBuilder out = new StringBuilder();
    for (Reply.Message message : reply.messages()) {
      out.append(message.text()).append('\n');
      for (int i = 0; i < message.buttons().size(); i++) {
        out.append("  ").append(i + 1).append(") ").append(message.buttons().get(i).label())
            .append('\n');
      }
    }
    return out.toString();
  }
}
