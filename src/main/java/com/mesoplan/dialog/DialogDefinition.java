package com.mesoplan.dialog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A dialog as a clinic wrote it: steps in file order, the start step, an id and a version. Shared
 * and immutable; checked by {@link DialogValidator} before use.
 */
public record DialogDefinition(String id, int version, String source, String start,
    Map<String, Step> steps) {

  public DialogDefinition {
    steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
  }

  public Optional<Step> step(String stepId) {
    return Optional.ofNullable(steps.get(stepId));
  }

  /** The step by id, for ids that validation has already proved exist. */
  Step existing(String stepId) {
    Step step = steps.get(stepId);
    if (step == null) {
      throw new IllegalStateException(source + ": no step '" + stepId + "'");
    }
    return step;
  }
}
