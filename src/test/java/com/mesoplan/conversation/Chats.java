package com.mesoplan.conversation;

import com.mesoplan.Fixtures;
import com.mesoplan.config.DialogFiles;
import com.mesoplan.dialog.DialogDefinition;
import com.mesoplan.dialog.DialogEngine;
import com.mesoplan.dialog.DialogValidator;
import com.mesoplan.recommendation.RecommendationEngine;
import com.mesoplan.documents.FileDocuments;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/** A conversation service on the shipped files, a fixed clock and an in-memory store. */
public final class Chats {

  public final InMemoryConversations store = new InMemoryConversations();
  public final InMemoryPlans plans = new InMemoryPlans(store);
  public final ConversationService service;
  final DialogDefinition dialog;
  final Outcomes outcomes;
  final OwnData ownData;

  public Chats() {
    var messages = Fixtures.messages();
    var clinic = Fixtures.clinic();
    dialog = DialogFiles.load(Path.of("dialogs"),
        new DialogValidator(ProfileFields.SCHEMA, messages)).get("pre-consultation");
    var engine = new RecommendationEngine(Fixtures.protocols(), clinic.defaultCocktail(),
        Fixtures.CLOCK);
    PlanTexts planTexts = new PlanTexts(messages, clinic);
    outcomes = new Outcomes(engine, planTexts, store, plans);
    ownData = new OwnData(plans, planTexts, new FileDocuments(messages, planTexts, clinic,
        JsonMapper.builder().build(), Fixtures.CLOCK), List.of(plans), messages);
    service = new ConversationService(new DialogEngine(dialog, Fixtures.CLOCK), messages,
        outcomes, store, ownData);
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
