package com.mesoplan.conversation;

import com.mesoplan.conversation.Incoming.Command;
import com.mesoplan.i18n.Text;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The slash commands every channel offers: start, back, restart, help, language, privacy, and
 * the person's own data (plan, calendar, export, delete).
 */
final class Commands {

  static final String DELETE_CONFIRMATION = "confirm";

  private final ConversationService service;
  private final String chatId;
  private Optional<Conversation> stored;
  private final Optional<String> languageHint;

  Commands(ConversationService service, String chatId, Optional<Conversation> stored,
      Optional<String> languageHint) {
    this.service = service;
    this.chatId = chatId;
    this.stored = stored;
    this.languageHint = languageHint;
  }

  Reply run(Command command) {
    Reply.Builder reply = Reply.builder();
    stored = stored.map(c -> service.takeUpChangedDialog(c, reply));
    if (StaffCommands.NAMES.contains(command.name())) {
      reply.text(service.messages().render(language(), "staff.notAvailable"));
      return reply.build();
    }
    switch (command.name()) {
      case "start":
        return start(command.argument(), reply);
      case "restart":
        return restart(reply);
      case "back":
        return back(reply);
      case "help":
        return explain("help.text", reply);
      case "privacy":
        reply.text(service.ownData().privacy(language()));
        return stored.map(c -> service.ask(c, reply).build()).orElseGet(reply::build);
      case "language":
        return language(command.argument(), reply);
      case "delete":
        return delete(command.argument(), reply);
      case "plan":
        service.ownData().plan(chatId, language(), reply);
        return reply.build();
      case "calendar":
        service.ownData().calendar(chatId, language(), reply);
        return reply.build();
      case "reminders":
      case "resume":
        service.followUps().start(chatId, language(), reply);
        return reply.build();
      case "share":
        if (stored.isEmpty()) {
          reply.text(service.messages().render(language(), "plan.none"));
          return reply.build();
        }
        service.share(stored.get(), "on", reply);
        return reply.build();
      case "timezone":
        service.followUps().timeZone(chatId, command.argument(), language(), reply);
        return reply.build();
      case "pause":
        service.followUps().pause(chatId, language(), reply);
        return reply.build();
      case "stop":
        service.followUps().stop(chatId, language(), reply);
        return reply.build();
      case "done":
        service.followUps().done(chatId, language(), reply);
        return reply.build();
      case "moved":
        service.followUps().moved(chatId, command.argument(), language(), reply);
        return reply.build();
      case "skipped":
        service.followUps().skipped(chatId, language(), reply);
        return reply.build();
      case "problem":
        if (stored.isEmpty()) {
          reply.text(service.messages().render(language(),
              service.followUps().problemIntro()));
          return reply.build();
        }
        return service.problemCheck(stored.get(), reply);
      case "export":
        service.ownData().export(chatId, language(), reply);
        return reply.build();
      default:
        reply.text(service.messages().render(language(), Text.of("cmd.unknown",
            "command", "/" + command.name().substring(0, Math.min(32, command.name().length())))));
        return continueOrBegin(reply);
    }
  }

  private Reply start(String payload, Reply.Builder reply) {
    if (stored.isPresent() && !service.dialogOf(stored.get()).isFinished(stored.get().dialog())) {
      reply.text(service.text(stored.get(), "nav.welcomeBack"));
      return service.ask(stored.get(), reply).build();
    }
    Optional<String> source = payload.isBlank() ? Optional.empty() : Optional.of(payload);
    return service.begin(chatId, stored, languageHint, source, reply);
  }

  private Reply restart(Reply.Builder reply) {
    stored.ifPresent(old -> reply.text(service.text(old, "nav.restarted")));
    return service.begin(chatId, stored, languageHint,
        stored.flatMap(Conversation::source), reply);
  }

  private Reply back(Reply.Builder reply) {
    if (stored.isEmpty()) {
      return service.begin(chatId, stored, languageHint, Optional.empty(), reply);
    }
    Conversation conversation = stored.get();
    if (service.dialogOf(conversation).isFinished(conversation.dialog())) {
      return reply.text(service.text(conversation, "done.note")).build();
    }
    return service.apply(conversation,
        service.dialogOf(conversation).back(conversation.dialog()), reply);
  }

  private Reply explain(String key, Reply.Builder reply) {
    reply.text(service.messages().render(language(), key));
    return stored.map(c -> service.ask(c, reply).build()).orElseGet(reply::build);
  }

  private Reply language(String argument, Reply.Builder reply) {
    String wanted = argument.strip().toLowerCase(Locale.ROOT);
    if (!service.messages().languages().contains(wanted)) {
      String choices = service.messages().languages().stream()
          .map(l -> "/language " + l + " — " + service.messages().render(l, "language.name"))
          .collect(Collectors.joining("\n"));
      reply.text(service.messages().render(language(), Text.of("language.choose",
          "choices", choices)));
      // the question again below the list: a number typed next answers what the person sees
      return stored.map(c -> service.ask(c, reply).build()).orElseGet(reply::build);
    }
    Conversation chosen = service.repository().save(stored
        .orElseGet(() -> new Conversation(chatId, service.dialogs().main().start(), wanted, true,
            Optional.empty(), 0))
        .withLanguage(wanted));
    reply.text(service.text(chosen, "language.set"));
    return service.ask(chosen, reply).build();
  }

  private Reply delete(String argument, Reply.Builder reply) {
    if (!argument.strip().equalsIgnoreCase(DELETE_CONFIRMATION)) {
      reply.text(service.messages().render(language(), "delete.ask"));
      return reply.build();
    }
    String language = language();
    service.ownData().erase(chatId, AuditTrail.PERSON);
    return reply.text(service.messages().render(language, "delete.done")).build();
  }

  private Reply continueOrBegin(Reply.Builder reply) {
    return stored.map(c -> service.ask(c, reply).build())
        .orElseGet(() -> service.begin(chatId, stored, languageHint, Optional.empty(), reply));
  }

  private String language() {
    return stored.map(Conversation::language)
        .orElseGet(() -> service.messages().languageFor(languageHint.orElse(null)));
  }
}
