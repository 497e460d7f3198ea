package com.mesoplan.dialog;

import com.mesoplan.dialog.Answer.Chosen;
import com.mesoplan.dialog.Answer.ChosenMany;
import com.mesoplan.dialog.Answer.Typed;
import com.mesoplan.i18n.Text;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads what a person gave at a step into the stored answer (an option id, option ids joined by
 * commas, a number, an ISO date, or empty for "none"/"no preference"), and stored answers back
 * into field values. Anything it cannot read is refused, never guessed.
 */
final class AnswerReader {

  private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,4}");
  private final Clock clock;

  AnswerReader(Clock clock) {
    this.clock = clock;
  }

  Optional<String> read(Step step, Answer answer) {
    if (step instanceof Step.Choice c && answer instanceof Chosen chosen) {
      return c.option(chosen.optionId()).map(AnswerOption::id);
    } else if (step instanceof Step.MultiChoice m) {
      return readMulti(m, answer);
    } else if (step instanceof Step.Number n && answer instanceof Typed typed) {
      return readNumber(n, typed.text());
    } else if (step instanceof Step.Date d) {
      return readDate(d, answer);
    }
    return Optional.empty();
  }

  private static Optional<String> readMulti(Step.MultiChoice step, Answer answer) {
    if (answer instanceof Chosen chosen) {
      if (chosen.optionId().equals(Step.NONE)) {
        return Optional.of("");
      }
      return step.option(chosen.optionId()).map(AnswerOption::id);
    }
    if (answer instanceof ChosenMany many && !many.optionIds().isEmpty()
        && many.optionIds().stream().allMatch(id -> step.option(id).isPresent())) {
      return Optional.of(step.options().stream().map(AnswerOption::id)
          .filter(many.optionIds()::contains).collect(Collectors.joining(",")));
    }
    return Optional.empty();
  }

  private static Optional<String> readNumber(Step.Number step, String text) {
    String trimmed = text.strip();
    if (!WHOLE_NUMBER.matcher(trimmed).matches()) {
      return Optional.empty();
    }
    int number = Integer.parseInt(trimmed);
    return number >= step.min() && number <= step.max()
        ? Optional.of(Integer.toString(number)) : Optional.empty();
  }

  private Optional<String> readDate(Step.Date step, Answer answer) {
    if (answer instanceof Chosen chosen) {
      return step.skip().isPresent() && chosen.optionId().equals(Step.SKIP)
          ? Optional.of("") : Optional.empty();
    }
    if (!(answer instanceof Typed typed)) {
      return Optional.empty();
    }
    return DateInput.read(typed.text(), LocalDate.now(clock)).map(LocalDate::toString);
  }

  Text hint(Step step) {
    if (step instanceof Step.Number n) {
      return Text.of(n.hint(), "min", n.min(), "max", n.max());
    } else if (step instanceof Step.Date d) {
      return Text.of(d.hint(), "days", DateInput.MAX_DAYS_AHEAD);
    } else if (step instanceof Step.MultiChoice) {
      return Text.of("hint.multi");
    }
    return Text.of("hint.choice");
  }

  /** Whether a stored answer still fits the step (the definition may have changed). */
  boolean isValidStored(Step step, String stored) {
    if (step instanceof Step.Choice c) {
      return c.option(stored).isPresent();
    } else if (step instanceof Step.MultiChoice m) {
      return stored.isEmpty() || List.of(stored.split(",")).stream()
          .allMatch(id -> m.option(id).isPresent());
    } else if (step instanceof Step.Number n) {
      return readNumber(n, stored).isPresent();
    } else if (step instanceof Step.Date d) {
      return stored.isEmpty() ? d.skip().isPresent() : parseIso(stored).isPresent();
    }
    return false;
  }

  /** The field value of a stored answer; empty for an optional date left open. */
  Optional<Object> value(Step step, String stored) {
    if (step instanceof Step.Choice c) {
      return c.option(stored).map(AnswerOption::value);
    } else if (step instanceof Step.MultiChoice m) {
      return Optional.of(values(m, stored));
    } else if (step instanceof Step.Number) {
      return Optional.of(Integer.parseInt(stored));
    } else if (step instanceof Step.Date) {
      return stored.isEmpty() ? Optional.empty() : parseIso(stored).map(d -> d);
    }
    return Optional.empty();
  }

  Set<String> values(Step.MultiChoice step, String stored) {
    if (stored.isEmpty()) {
      return Set.of();
    }
    return List.of(stored.split(",")).stream().map(step::option).flatMap(Optional::stream)
        .map(AnswerOption::value).collect(Collectors.toUnmodifiableSet());
  }

  private static Optional<LocalDate> parseIso(String stored) {
    try {
      return Optional.of(LocalDate.parse(stored));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
