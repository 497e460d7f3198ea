package com.mesoplan.dialog;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One step of a dialog definition: a question that fills a named field, or an end. Steps are
 * data read from {@code dialogs/*.yaml}; the running state lives in {@link DialogState}.
 */
public sealed interface Step permits Step.Choice, Step.MultiChoice, Step.Number, Step.Date,
    Step.End {

  /** The id for a multiple-choice step's "none of these" answer. */
  String NONE = "none";
  /** The id for an optional date step's "no preference" answer. */
  String SKIP = "skip";
  /** The id of the button that submits the ticked options of a multiple choice. */
  String DONE = "done";

  String id();

  /** Every step a person can get to from here. */
  List<String> targets();

  /** Pick exactly one option. */
  record Choice(String id, String question, String field, List<AnswerOption> options,
      Optional<String> next) implements Step {
    public Choice {
      options = List.copyOf(options);
    }

    @Override
    public List<String> targets() {
      return options.stream().map(o -> o.next().or(() -> next)).flatMap(Optional::stream)
          .distinct().toList();
    }

    public Optional<AnswerOption> option(String optionId) {
      return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }
  }

  /** Pick any number of options, or "none of these" (label key {@code none}). */
  record MultiChoice(String id, String question, String field, List<AnswerOption> options,
      String none, List<Branch> branches, String next) implements Step {
    public MultiChoice {
      options = List.copyOf(options);
      branches = List.copyOf(branches);
    }

    @Override
    public List<String> targets() {
      return Stream.concat(branches.stream().map(Branch::next),
          Stream.of(next)).distinct().toList();
    }

    public Optional<AnswerOption> option(String optionId) {
      return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }
  }

  /** Type a whole number between min and max. */
  record Number(String id, String question, String field, int min, int max, String hint,
      List<Branch> branches, String next) implements Step {
    public Number {
      branches = List.copyOf(branches);
    }

    @Override
    public List<String> targets() {
      return Stream.concat(branches.stream().map(Branch::next),
          Stream.of(next)).distinct().toList();
    }
  }

  /** Type a date from tomorrow on; when optional, "no preference" (label key {@code skip}). */
  record Date(String id, String question, String field, Optional<String> skip, String hint,
      String next) implements Step {
    @Override
    public List<String> targets() {
      return List.of(next);
    }
  }

  /** The end of the dialog; its result tells the conversation what to do (plan, referral...). */
  record End(String id, String result) implements Step {
    @Override
    public List<String> targets() {
      return List.of();
    }
  }
}
