package com.mesoplan.conversation;

import com.mesoplan.conversation.Incoming.Command;
import com.mesoplan.conversation.Incoming.Pressed;
import com.mesoplan.conversation.Incoming.Typed;
import com.mesoplan.conversation.Incoming.Unreadable;
import com.mesoplan.conversation.Reply.Button;
import com.mesoplan.dialog.Answer;
import com.mesoplan.dialog.DialogEngine;
import com.mesoplan.dialog.DialogState;
import com.mesoplan.dialog.Step;
import com.mesoplan.dialog.Turn;
import com.mesoplan.i18n.Messages;
import com.mesoplan.i18n.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes one message of a conversation and answers it: commands, answers to the current
 * question, and the end of the pre-consultation. Every accepted answer is stored before the
 * reply goes out; bad input is answered with a hint and changes nothing.
 */
public final class ConversationService {

  private static final int ATTEMPTS = 3;
  private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final Dialogs dialogs;
  private final Messages messages;
  private final Outcomes outcomes;
  private final ConversationRepository repository;
  private final OwnData ownData;
  private final ConversationEvents events;

  public ConversationService(Dialogs dialogs, Messages messages, Outcomes outcomes,
      ConversationRepository repository, OwnData ownData, ConversationEvents events) {
    this.events = events;
    this.dialogs = dialogs;
    this.messages = messages;
    this.outcomes = outcomes;
    this.repository = repository;
    this.ownData = ownData;
  }

  /**
   * @param languageHint the language the person's device uses, if the channel knows it
   */
  public Reply handle(String chatId, Incoming incoming, Optional<String> languageHint) {
    for (int attempt = 1; ; attempt++) {
      try {
        return turn(chatId, incoming, languageHint);
      } catch (ConcurrentTurnException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /** Whether the chat has a conversation stored. */
  public boolean has(String chatId) {
    return repository.find(chatId).isPresent();
  }

  /** The language the chat's conversation speaks, if it has one. */
  public Optional<String> languageOf(String chatId) {
    return repository.find(chatId).map(Conversation::language);
  }

  /**
   * A chat on another channel now continues the conversation: says so, and asks the question it
   * was at (a conversation that has ended says so instead).
   */
  public Reply continuedHere(String chatId, Optional<String> languageHint) {
    Optional<Conversation> stored = repository.find(chatId);
    if (stored.isEmpty()) {
      return begin(chatId, stored, languageHint, Optional.empty(), Reply.builder());
    }
    Reply.Builder reply = Reply.builder();
    Conversation conversation = takeUpChangedDialog(stored.get(), reply);
    reply.note(text(conversation, "join.continued"));
    return ask(conversation, reply).build();
  }

  private Reply turn(String chatId, Incoming incoming, Optional<String> languageHint) {
    Optional<Conversation> stored = repository.find(chatId)
        .map(c -> followDevice(c, languageHint));
    if (incoming instanceof Command command) {
      return new Commands(this, chatId, stored, languageHint).run(command);
    }
    if (stored.isEmpty()) {
      return begin(chatId, stored, languageHint, Optional.empty(), Reply.builder());
    }
    Conversation conversation = stored.get();
    Reply.Builder reply = Reply.builder();
    conversation = takeUpChangedDialog(conversation, reply);
    if (incoming instanceof Unreadable unreadable) {
      reply.note(text(conversation, unreadable.kind() == Unreadable.Kind.EDIT
          ? "input.edited" : "input.unreadable"));
      return ask(conversation, reply).build();
    }
    if (incoming instanceof Pressed share && share.stepId().equals(HandOff.OFFER)) {
      share(conversation, share.optionId(), reply);
      return reply.build();
    }
    if (incoming instanceof Pressed problem && problem.stepId().equals(FollowUpService.SESSION)
        && problem.optionId().equals(FollowUpService.PROBLEM)) {
      return problemCheck(conversation, reply);
    }
    if (incoming instanceof Pressed session && session.stepId().equals(FollowUpService.SESSION)) {
      outcomes.followUps().answerSession(chatId, session.optionId(), conversation.language(),
          reply);
      return reply.build();
    }
    if (incoming instanceof Pressed offer && offer.stepId().equals(FollowUpService.OFFER)) {
      outcomes.followUps().answerOffer(chatId, offer.optionId(), conversation.language(), reply);
      return reply.build();
    }
    DialogEngine dialog = dialogOf(conversation);
    if (dialog.isFinished(conversation.dialog())) {
      if (incoming instanceof Typed typed && WarningSigns.mentioned(typed.text(),
          messages.render(conversation.language(), "problem.warningWords"))) {
        return problemCheck(conversation, reply);
      }
      return reply.text(text(conversation, "done.note")).build();
    }
    if (incoming instanceof Pressed pressed) {
      return press(conversation, pressed, reply);
    }
    Optional<Answer> answer = readTyped(conversation, ((Typed) incoming).text(), reply);
    if (answer.isEmpty()) {
      return ask(conversation, reply).build();
    }
    inWords(conversation, answer.get()).ifPresent(reply::chosen);
    return apply(conversation, dialog.answer(conversation.dialog(), answer.get()), reply);
  }

  /**
   * A button press: a stale button gets a notice and the current question; an option of a
   * multiple choice is ticked or unticked; any other button answers the question.
   */
  private Reply press(Conversation conversation, Pressed pressed, Reply.Builder reply) {
    DialogEngine dialog = dialogOf(conversation);
    Step step = dialog.current(conversation.dialog());
    if (!pressed.stepId().equals(step.id())
        || pressed.dialogVersion() != dialog.definition().version()) {
      reply.toast(text(conversation, "nav.staleToast")).note(text(conversation, "nav.staleButton"));
      return ask(conversation, reply).build();
    }
    String option = pressed.optionId();
    if (step instanceof Step.MultiChoice && !option.equals(Step.NONE)) {
      if (!option.equals(Step.DONE)) {
        return retick(conversation, dialog.toggle(conversation.dialog(), option), reply);
      }
      Set<String> ticked = dialog.ticked(conversation.dialog());
      if (ticked.isEmpty()) {
        reply.note(text(conversation, "hint.multiDone"));
        return ask(conversation, reply).build();
      }
      labelsOf(conversation, ticked).ifPresent(reply::chosen);
      return apply(conversation, dialog.answer(conversation.dialog(),
          new Answer.ChosenMany(ticked)), reply);
    }
    labelsOf(conversation, Set.of(option)).ifPresent(reply::chosen);
    return apply(conversation, dialog.answer(conversation.dialog(), new Answer.Chosen(option)),
        reply);
  }

  private Reply retick(Conversation conversation, Turn turn, Reply.Builder reply) {
    if (turn instanceof Turn.Rejected rejected) {
      reply.note(messages.render(conversation.language(), rejected.hint()));
      return ask(conversation, reply).build();
    }
    Conversation ticked = repository.save(conversation.withDialog(((Turn.Moved) turn).state()));
    return ask(ticked, reply.redrawsPressed()).build();
  }

  /** A typed answer in words: the labels of the options it picked, or the text itself. */
  private Optional<String> inWords(Conversation conversation, Answer answer) {
    if (answer instanceof Answer.Chosen chosen) {
      return labelsOf(conversation, Set.of(chosen.optionId()));
    }
    if (answer instanceof Answer.ChosenMany many) {
      return labelsOf(conversation, many.optionIds());
    }
    String text = ((Answer.Typed) answer).text().strip();
    return Optional.of(text.length() <= 100 ? text : text.substring(0, 99) + "…");
  }

  private Optional<String> labelsOf(Conversation conversation, Set<String> optionIds) {
    List<String> labels = buttons(conversation).stream()
        .filter(b -> optionIds.contains(b.optionId())).map(Button::label).toList();
    return labels.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", labels));
  }

  private Optional<Answer> readTyped(Conversation conversation, String typed,
      Reply.Builder reply) {
    DialogEngine dialog = dialogOf(conversation);
    Step step = dialog.current(conversation.dialog());
    Optional<Answer> answer = InputReader.read(step, buttons(conversation), typed);
    if (answer.isEmpty()) {
      reply.note(messages.render(conversation.language(), dialog.hint(conversation.dialog())));
    }
    return answer;
  }

  Reply apply(Conversation conversation, Turn turn, Reply.Builder reply) {
    if (turn instanceof Turn.Rejected rejected) {
      reply.note(messages.render(conversation.language(), rejected.hint()));
      return ask(conversation, reply).build();
    }
    DialogEngine dialog = dialogOf(conversation);
    DialogState state = ((Turn.Moved) turn).state();
    reply.answered(questionOf(conversation));
    Conversation moved = conversation.withDialog(state);
    if (dialog.current(state) instanceof Step.End end) {
      return outcomes.finish(moved, end.result(), dialog.fields(state), reply);
    }
    return ask(repository.save(moved), reply).build();
  }

  /**
   * Starts the dialog from its first question, in place of any earlier conversation of the chat
   * (whose chosen language it keeps).
   */
  Reply begin(String chatId, Optional<Conversation> previous, Optional<String> languageHint,
      Optional<String> source, Reply.Builder reply) {
    boolean chosen = previous.map(Conversation::languageChosen).orElse(false);
    String language = chosen ? previous.get().language()
        : messages.languageFor(languageHint.orElse(null));
    Conversation fresh = new Conversation(chatId, dialogs.main().start(), language, chosen,
        source.filter(s -> SOURCE.matcher(s).matches()),
        previous.map(Conversation::version).orElse(0L));
    Conversation saved = repository.save(fresh);
    events.started(chatId, saved.source());
    return ask(saved, reply).build();
  }

  /** The current question with its progress, the earlier answer after /back, and its buttons. */
  Reply.Builder ask(Conversation conversation, Reply.Builder reply) {
    DialogEngine dialog = dialogOf(conversation);
    DialogState state = conversation.dialog();
    if (dialog.isFinished(state)) {
      return reply.text(text(conversation, "done.note"));
    }
    Step step = dialog.current(state);
    if (dialog == dialogs.main()) {
      if (state.path().equals(List.of(dialog.definition().start()))) {
        // the first answer (consent) was given and led on
        events.reached(conversation.chatId(), new FunnelStage.Consented());
      }
      events.reached(conversation.chatId(), new FunnelStage.Question(step.id()));
    }
    DialogEngine.Progress progress = dialog.progress(state);
    String language = conversation.language();
    StringBuilder question = new StringBuilder(messages.render(language, Text.of(
        "nav.progress", "number", progress.number(), "total", progress.total())));
    question.append("\n").append(messages.render(language, questionKey(step)));
    if (!(step instanceof Step.MultiChoice)) {
      dialog.earlierAnswer(state).ifPresent(earlier -> question.append("\n\n").append(
          messages.render(language, Text.of("nav.earlierAnswer", "answer",
              describe(conversation, earlier)))));
    }
    Optional<Button> submit = step instanceof Step.MultiChoice
        ? Optional.of(button(conversation, "a.done", Step.DONE, false)) : Optional.empty();
    return reply.question(question.toString(), buttons(conversation), submit,
        Optional.of(questionOf(conversation)));
  }

  /** The name of the question the conversation is at. */
  private static String questionOf(Conversation conversation) {
    DialogState state = conversation.dialog();
    return Reply.questionOf(state.dialogId(), state.dialogVersion(), state.stepId());
  }

  List<Button> buttons(Conversation conversation) {
    DialogEngine dialog = dialogOf(conversation);
    Step step = dialog.current(conversation.dialog());
    List<Button> buttons = new ArrayList<>();
    if (step instanceof Step.Choice c) {
      c.options().forEach(o -> buttons.add(button(conversation, o.label(), o.id(), false)));
    } else if (step instanceof Step.MultiChoice m) {
      Set<String> ticked = dialog.ticked(conversation.dialog());
      m.options().forEach(o -> buttons.add(
          button(conversation, o.label(), o.id(), ticked.contains(o.id()))));
      buttons.add(button(conversation, m.none(), Step.NONE, false));
    } else if (step instanceof Step.Date d) {
      d.skip().ifPresent(label -> buttons.add(button(conversation, label, Step.SKIP, false)));
    }
    return buttons;
  }

  private Button button(Conversation conversation, String labelKey, String optionId,
      boolean ticked) {
    return new Button(messages.render(conversation.language(), labelKey),
        dialogOf(conversation).definition().version(), conversation.dialog().stepId(), optionId,
        ticked);
  }

  /** An earlier answer in words: the labels of its options, or what was typed. */
  private String describe(Conversation conversation, String stored) {
    List<Button> buttons = buttons(conversation);
    List<String> labels = new ArrayList<>();
    for (String id : stored.isEmpty() ? List.of(Step.NONE, Step.SKIP) : List.of(stored.split(","))) {
      buttons.stream().filter(b -> b.optionId().equals(id)).forEach(b -> labels.add(b.label()));
    }
    return labels.isEmpty() ? stored : String.join(", ", labels);
  }

  private static String questionKey(Step step) {
    if (step instanceof Step.Choice c) {
      return c.question();
    } else if (step instanceof Step.MultiChoice m) {
      return m.question();
    } else if (step instanceof Step.Number n) {
      return n.question();
    }
    return ((Step.Date) step).question();
  }

  /** A stored conversation whose dialog has changed since is replayed under the new one. */
  Conversation takeUpChangedDialog(Conversation conversation, Reply.Builder reply) {
    DialogState state = conversation.dialog();
    DialogEngine dialog = dialogs.of(state.dialogId());
    boolean current = state.dialogId().equals(dialog.definition().id())
        && state.dialogVersion() == dialog.definition().version()
        && dialog.definition().step(state.stepId()).isPresent();
    if (current) {
      return conversation;
    }
    reply.text(text(conversation, "nav.dialogUpdated"));
    return conversation.withDialog(dialog.resume(state.answers()));
  }

  private Conversation followDevice(Conversation conversation, Optional<String> languageHint) {
    if (conversation.languageChosen() || languageHint.isEmpty()) {
      return conversation;
    }
    String device = messages.languageFor(languageHint.get());
    return device.equals(conversation.language()) ? conversation
        : new Conversation(conversation.chatId(), conversation.dialog(), device, false,
            conversation.source(), conversation.version());
  }

  String text(Conversation conversation, String key) {
    return messages.render(conversation.language(), key);
  }

  /** The person's answer to the offer to share (a button, or /share): counted when shared. */
  void share(Conversation conversation, String option, Reply.Builder reply) {
    if (outcomes.handOff().answer(conversation, dialogOf(conversation), option, reply)) {
      events.reached(conversation.chatId(), new FunnelStage.Shared());
    }
  }

  /** The engine of the dialog the conversation is in. */
  DialogEngine dialogOf(Conversation conversation) {
    return dialogs.of(conversation.dialog().dialogId());
  }

  Dialogs dialogs() {
    return dialogs;
  }

  /**
   * The symptom check, whenever a person reports a problem: first what to do if it cannot wait,
   * then the check-in's questions, whose answers go to the same rules as a check-in.
   */
  Reply problemCheck(Conversation conversation, Reply.Builder reply) {
    reply.text(messages.render(conversation.language(), outcomes.followUps().problemIntro()));
    if (!dialogOf(conversation).isFinished(conversation.dialog())
        && !conversation.dialog().dialogId().equals(Nudges.CHECK_IN)) {
      // a pre-consultation under way is kept: the person gets what to do, then their question
      reply.text(messages.render(conversation.language(), Text.of("problem.duringQuestions",
          "phone", outcomes.followUps().clinicPhone())));
      return ask(conversation, reply).build();
    }
    Conversation opened = repository.save(conversation.withDialog(
        dialogs.of(Nudges.CHECK_IN).start()));
    return ask(opened, reply).build();
  }

  /**
   * Opens another dialog in a stored conversation (a check-in after a session) and asks its
   * first question; the conversation's language and source stay.
   */
  public Reply open(String chatId, String dialogId) {
    Conversation conversation = repository.find(chatId).orElseThrow(
        () -> new IllegalStateException("no conversation to open a dialog in"));
    Conversation opened = repository.save(conversation.withDialog(dialogs.of(dialogId).start()));
    return ask(opened, Reply.builder()).build();
  }

  Messages messages() {
    return messages;
  }

  ConversationRepository repository() {
    return repository;
  }

  HandOff handOff() {
    return outcomes.handOff();
  }

  FollowUpService followUps() {
    return outcomes.followUps();
  }

  OwnData ownData() {
    return ownData;
  }
}
