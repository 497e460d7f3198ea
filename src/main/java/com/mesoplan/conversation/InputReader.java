package com.mesoplan.conversation;

import com.mesoplan.conversation.Reply.Button;
import com.mesoplan.dialog.Answer;
import com.mesoplan.dialog.Step;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads typed text as an answer to the step on screen: an option's number or its label, several
 * numbers for a multiple choice, or the text itself for number and date questions.
 */
final class InputReader {

  /** Longer texts are never an answer to a question that offers buttons. */
  static final int LONGEST_CHOICE_TEXT = 200;

  private InputReader() {}

  static Optional<Answer> read(Step step, List<Button> buttons, String text) {
    String typed = text.strip();
    Optional<String> byLabel = byNumberOrLabel(buttons, typed);
    if (step instanceof Step.Choice) {
      return byLabel.map(Answer.Chosen::new);
    }
    if (step instanceof Step.MultiChoice) {
      return byLabel.<Answer>map(Answer.Chosen::new).or(() -> several(buttons, typed));
    }
    if (step instanceof Step.Date) {
      return Optional.of(byLabel.<Answer>map(Answer.Chosen::new).orElse(new Answer.Typed(typed)));
    }
    return Optional.of(new Answer.Typed(typed));
  }

  private static Optional<String> byNumberOrLabel(List<Button> buttons, String typed) {
    if (typed.isEmpty() || typed.length() > LONGEST_CHOICE_TEXT) {
      return Optional.empty();
    }
    Optional<Integer> number = number(typed, buttons.size());
    if (number.isPresent()) {
      return Optional.of(buttons.get(number.get() - 1).optionId());
    }
    String folded = typed.toLowerCase(Locale.ROOT);
    return buttons.stream().filter(b -> b.label().toLowerCase(Locale.ROOT).equals(folded))
        .map(Button::optionId).findFirst();
  }

  /** "1, 3" or "1 3": every number must name an option, and "none" cannot be mixed in. */
  private static Optional<Answer> several(List<Button> buttons, String typed) {
    if (typed.length() > LONGEST_CHOICE_TEXT) {
      return Optional.empty();
    }
    Set<String> ids = new HashSet<>();
    for (String part : typed.split("[,;\\s]+")) {
      Optional<Integer> number = number(part, buttons.size());
      if (number.isEmpty()) {
        return Optional.empty();
      }
      ids.add(buttons.get(number.get() - 1).optionId());
    }
    if (ids.isEmpty() || (ids.contains(Step.NONE) && ids.size() > 1)) {
      return Optional.empty();
    }
    return Optional.of(ids.contains(Step.NONE)
        ? new Answer.Chosen(Step.NONE) : new Answer.ChosenMany(ids));
  }

  private static Optional<Integer> number(String text, int count) {
    if (!text.matches("\\d{1,2}")) {
      return Optional.empty();
    }
    int number = Integer.parseInt(text);
    return number >= 1 && number <= count ? Optional.of(number) : Optional.empty();
  }
}
