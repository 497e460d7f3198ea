package com.mesoplan.dialog;

import java.util.List;
import java.util.Map;

/**
 * Where one conversation stands in a dialog: the current step, the steps answered on the way
 * there (in order, for /back), and the raw answers by step id. Separate from the definition, so
 * it can be stored and a changed definition can take it up again.
 */
public record DialogState(String dialogId, int dialogVersion, String stepId, List<String> path,
    Map<String, String> answers) {

  public DialogState {
    path = List.copyOf(path);
    answers = Map.copyOf(answers);
  }
}
