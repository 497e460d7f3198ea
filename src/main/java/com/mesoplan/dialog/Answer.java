package com.mesoplan.dialog;

import java.util.Set;

/** What a person gave at a step: a button, several buttons, or typed text. */
public sealed interface Answer permits Answer.Chosen, Answer.ChosenMany, Answer.Typed {

  /** One option by id (including {@link Step#NONE} and {@link Step#SKIP}). */
  record Chosen(String optionId) implements Answer {}

  /** Several options of a multiple-choice step by id. */
  record ChosenMany(Set<String> optionIds) implements Answer {
    public ChosenMany {
      optionIds = Set.copyOf(optionIds);
    }
  }

  /** Free text, for number and date steps. */
  record Typed(String text) implements Answer {}
}
