package com.mesoplan.dialog;

import com.mesoplan.dialog.FieldSchema.FieldType;
import com.mesoplan.i18n.Messages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks a dialog definition before it is used: the start exists, every target resolves, every
 * step is reachable and leads on, nothing loops, each field fits the schema, every end gets the
 * fields it needs on every path, and every message exists in every language. Each problem names
 * the step.
 */
public final class DialogValidator {

  /** Ids go into Telegram button data (64 bytes in all), so they stay short and plain. */
  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,23}");

  private static final Set<String> RESERVED = Set.of(Step.NONE, Step.SKIP, Step.DONE);

  private final FieldSchema schema;
  private final Messages messages;

  public DialogValidator(FieldSchema schema, Messages messages) {
    this.schema = schema;
    this.messages = messages;
  }

  public List<String> problems(DialogDefinition definition) {
    List<String> problems = new ArrayList<>();
    if (!definition.steps().containsKey(definition.start())) {
      problems.add("start step '" + definition.start() + "' does not exist");
      return problems;
    }
    definition.steps().values().forEach(step -> checkStep(step, definition, problems));
    Set<String> reachable = DialogGraph.reachable(definition);
    definition.steps().keySet().stream().filter(id -> !reachable.contains(id))
        .forEach(id -> problems.add("step '" + id + "': cannot be reached from the start"));
    if (!problems.isEmpty()) {
      return problems;
    }
    Optional<List<String>> loop = DialogGraph.loop(definition);
    if (loop.isPresent()) {
      problems.add("step '" + loop.get().get(0) + "': loops back through "
          + String.join(" -> ", loop.get()));
      return problems;
    }
    checkRequiredFields(definition, problems);
    return problems;
  }

  private void checkStep(Step step, DialogDefinition definition, List<String> problems) {
    String where = "step '" + step.id() + "': ";
    if (!ID.matcher(step.id()).matches()) {
      problems.add(where + "id must be 1-24 lowercase letters, digits, '-' or '_'");
    }
    for (String target : step.targets()) {
      if (!definition.steps().containsKey(target)) {
        problems.add(where + "goes to '" + target + "', which does not exist");
      }
    }
    if (step instanceof Step.End end) {
      if (!schema.requiredByResult().containsKey(end.result())) {
        problems.add(where + "unknown result '" + end.result() + "' (known: "
            + new TreeSet<>(schema.requiredByResult().keySet()) + ")");
      }
      return;
    }
    checkDeadEnd(step, where, problems);
    checkField(step, where, problems);
    messageKeys(step).forEach(key -> checkMessage(key, where, problems));
  }

  private static void checkDeadEnd(Step step, String where, List<String> problems) {
    if (step instanceof Step.Choice c && c.next().isEmpty()) {
      c.options().stream().filter(o -> o.next().isEmpty()).forEach(o -> problems.add(
          where + "option '" + o.id() + "' leads nowhere (no 'next' on the option or the step)"));
    }
    if (step.targets().isEmpty()) {
      problems.add(where + "dead end: no 'next' and not an end");
    }
  }

  private void checkField(Step step, String where, List<String> problems) {
    String field = DialogEngine.fieldOf(step);
    FieldType type = schema.fields().get(field);
    if (type == null) {
      problems.add(where + "unknown field '" + field + "' (known: "
          + new TreeSet<>(schema.fields().keySet()) + ")");
      return;
    }
    if (step instanceof Step.Choice c && type instanceof FieldSchema.OneOf oneOf) {
      checkOptions(c.options(), oneOf.values(), where, problems);
    } else if (step instanceof Step.MultiChoice m && type instanceof FieldSchema.SetOf setOf) {
      checkOptions(m.options(), setOf.values(), where, problems);
      m.branches().forEach(b -> ((Branch.AnyOf) b.when()).values().stream()
          .filter(v -> !setOf.values().contains(v))
          .forEach(v -> problems.add(where + "branch on unknown value '" + v + "'")));
    } else if (step instanceof Step.Number n && type instanceof FieldSchema.WholeNumber range) {
      if (n.min() < range.min() || n.max() > range.max() || n.min() > n.max()) {
        problems.add(where + "accepts " + n.min() + "-" + n.max() + ", field '" + field
            + "' allows " + range.min() + "-" + range.max());
      }
    } else if (!(step instanceof Step.Date && type instanceof FieldSchema.Day)) {
      problems.add(where + "field '" + field + "' cannot be filled by this type of step");
    }
  }

  private static void checkOptions(List<AnswerOption> options, Set<String> allowed, String where,
      List<String> problems) {
    Set<String> ids = new HashSet<>();
    for (AnswerOption option : options) {
      if (!ids.add(option.id())) {
        problems.add(where + "option id '" + option.id() + "' is used twice");
      }
      if (!ID.matcher(option.id()).matches() || RESERVED.contains(option.id())) {
        problems.add(where + "option id '" + option.id()
            + "' must be 1-24 lowercase letters, digits, '-' or '_' (and not none, skip or done)");
      }
      if (!allowed.contains(option.value())) {
        problems.add(where + "option '" + option.id() + "' has unknown value '" + option.value()
            + "' (allowed: " + new TreeSet<>(allowed) + ")");
      }
    }
    if (options.isEmpty()) {
      problems.add(where + "has no options");
    }
  }

  private static List<String> messageKeys(Step step) {
    List<String> keys = new ArrayList<>();
    if (step instanceof Step.Choice c) {
      keys.add(c.question());
      c.options().forEach(o -> keys.add(o.label()));
    } else if (step instanceof Step.MultiChoice m) {
      keys.add(m.question());
      keys.add(m.none());
      m.options().forEach(o -> keys.add(o.label()));
    } else if (step instanceof Step.Number n) {
      keys.add(n.question());
      keys.add(n.hint());
    } else if (step instanceof Step.Date d) {
      keys.add(d.question());
      keys.add(d.hint());
      d.skip().ifPresent(keys::add);
    }
    return keys;
  }

  private void checkMessage(String key, String where, List<String> problems) {
    for (String language : messages.shippedLanguages()) {
      if (!messages.has(language, key)) {
        problems.add(where + "message '" + key + "' is missing in language '" + language + "'");
      }
    }
  }

  private void checkRequiredFields(DialogDefinition definition, List<String> problems) {
    Map<String, Set<String>> known = DialogGraph.fieldsSetOnEveryPath(definition);
    for (Step step : definition.steps().values()) {
      if (step instanceof Step.End end) {
        Set<String> missing = new TreeSet<>(schema.requiredByResult().get(end.result()));
        missing.removeAll(known.getOrDefault(end.id(), Set.of()));
        if (!missing.isEmpty()) {
          problems.add("step '" + end.id() + "': some paths reach it without " + missing);
        }
      }
    }
  }
}
