package com.mesoplan.dialog;

import com.mesoplan.i18n.Text;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs one validated dialog definition: takes answers, moves along the transitions, goes back,
 * and derives the filled fields and the progress. Pure: the state goes in and comes out.
 */
public final class DialogEngine {

  private final DialogDefinition definition;
  private final AnswerReader reader;
  private final Map<String, Integer> questionsLeft;

  public DialogEngine(DialogDefinition definition, Clock clock) {
    this.definition = definition;
    this.reader = new AnswerReader(clock);
    this.questionsLeft = DialogGraph.questionsLeft(definition);
  }

  public DialogDefinition definition() {
    return definition;
  }

  public DialogState start() {
    return new DialogState(definition.id(), definition.version(), definition.start(), List.of(),
        Map.of());
  }

  public Step current(DialogState state) {
    return definition.existing(state.stepId());
  }

  public boolean isFinished(DialogState state) {
    return current(state) instanceof Step.End;
  }

  public Turn answer(DialogState state, Answer answer) {
    Step step = current(state);
    Optional<String> stored = reader.read(step, answer);
    if (stored.isEmpty()) {
      return new Turn.Rejected(reader.hint(step));
    }
    return new Turn.Moved(advance(state, step, stored.get()));
  }

  private DialogState advance(DialogState state, Step step, String stored) {
    Map<String, String> answers = new HashMap<>(state.answers());
    answers.put(step.id(), stored);
    List<String> path = new ArrayList<>(state.path());
    path.add(step.id());
    return new DialogState(state.dialogId(), state.dialogVersion(), next(step, stored), path,
        answers);
  }

  /**
   * Ticks or unticks an option of the current multiple choice without moving on; the ticks are
   * kept as the step's answer until the person submits them.
   */
  public Turn toggle(DialogState state, String optionId) {
    if (!(current(state) instanceof Step.MultiChoice step) || step.option(optionId).isEmpty()) {
      return new Turn.Rejected(reader.hint(current(state)));
    }
    Set<String> ticked = new LinkedHashSet<>(ticked(state));
    if (!ticked.remove(optionId)) {
      ticked.add(optionId);
    }
    String stored = step.options().stream().map(AnswerOption::id).filter(ticked::contains)
        .collect(Collectors.joining(","));
    Map<String, String> answers = new HashMap<>(state.answers());
    answers.put(step.id(), stored);
    return new Turn.Moved(new DialogState(state.dialogId(), state.dialogVersion(),
        state.stepId(), state.path(), answers));
  }

  /** The options ticked so far at the current step (a multiple choice), in no set order. */
  public Set<String> ticked(DialogState state) {
    String stored = state.answers().getOrDefault(state.stepId(), "");
    return stored.isEmpty() ? Set.of() : Set.of(stored.split(","));
  }

  /** What the current question expects, for a person whose answer did not fit. */
  public Text hint(DialogState state) {
    return reader.hint(current(state));
  }

  /** The previous question again, its earlier answer kept until a new one replaces it. */
  public Turn back(DialogState state) {
    if (state.path().isEmpty()) {
      return new Turn.Rejected(Text.of("nav.nothingBack"));
    }
    List<String> path = new ArrayList<>(state.path());
    String previous = path.remove(path.size() - 1);
    return new Turn.Moved(new DialogState(state.dialogId(), state.dialogVersion(), previous, path,
        state.answers()));
  }

  /**
   * Takes up stored answers under this definition, which may have changed since: replays them
   * from the start and stops at the first step without a valid answer.
   */
  public DialogState resume(Map<String, String> answers) {
    DialogState state = start();
    while (!isFinished(state) && answers.containsKey(state.stepId())) {
      Step step = current(state);
      String stored = answers.get(step.id());
      if (!reader.isValidStored(step, stored)) {
        break;
      }
      state = advance(state, step, stored);
    }
    return state;
  }

  /** The stored answer of the current step, if it was answered before (after /back). */
  public Optional<String> earlierAnswer(DialogState state) {
    return Optional.ofNullable(state.answers().get(state.stepId()));
  }

  /** Question number and the most questions there can be on the way to the end from here. */
  public Progress progress(DialogState state) {
    int number = state.path().size() + 1;
    return new Progress(number, state.path().size() + questionsLeft.get(state.stepId()));
  }

  /** "Question 3 of 10". */
  public record Progress(int number, int total) {}

  /** The fields the answers on the current path fill; multiple-choice fields are unions. */
  public Map<String, Object> fields(DialogState state) {
    Map<String, Object> fields = new HashMap<>();
    for (String stepId : state.path()) {
      Step step = definition.existing(stepId);
      String stored = state.answers().get(stepId);
      reader.value(step, stored).ifPresent(value -> merge(fields, fieldOf(step), value));
    }
    return fields;
  }

  @SuppressWarnings("unchecked")
  private static void merge(Map<String, Object> fields, String field, Object value) {
    if (value instanceof Set<?> values && fields.get(field) instanceof Set<?> earlier) {
      Set<Object> union = new LinkedHashSet<>((Set<Object>) earlier);
      union.addAll(values);
      fields.put(field, Set.copyOf(union));
    } else {
      fields.put(field, value);
    }
  }

  static String fieldOf(Step step) {
    if (step instanceof Step.Choice c) {
      return c.field();
    } else if (step instanceof Step.MultiChoice m) {
      return m.field();
    } else if (step instanceof Step.Number n) {
      return n.field();
    } else if (step instanceof Step.Date d) {
      return d.field();
    }
    throw new IllegalArgumentException("an end fills no field");
  }

  private String next(Step step, String stored) {
    if (step instanceof Step.Choice c) {
      return c.option(stored).flatMap(AnswerOption::next).or(c::next).orElseThrow();
    } else if (step instanceof Step.MultiChoice m) {
      return firstBranch(m.branches(), reader.values(m, stored)).orElse(m.next());
    } else if (step instanceof Step.Number n) {
      return firstBranch(n.branches(), Integer.parseInt(stored)).orElse(n.next());
    } else if (step instanceof Step.Date d) {
      return d.next();
    }
    throw new IllegalStateException("the dialog has ended");
  }

  private static Optional<String> firstBranch(List<Branch> branches, Object value) {
    return branches.stream().filter(b -> holds(b.when(), value)).map(Branch::next).findFirst();
  }

  private static boolean holds(Branch.Condition condition, Object value) {
    if (condition instanceof Branch.Below below) {
      return (Integer) value < below.limit();
    }
    Set<String> wanted = ((Branch.AnyOf) condition).values();
    return ((Set<?>) value).stream().anyMatch(wanted::contains);
  }
}
