package com.mesoplan.dialog;

import java.util.Map;
import java.util.Set;

/**
 * What the code behind a dialog accepts: each field's type and values, and the end results it
 * knows with the fields each needs on every path that reaches it.
 */
public record FieldSchema(Map<String, FieldType> fields, Map<String, Set<String>> requiredByResult) {

  public FieldSchema {
    fields = Map.copyOf(fields);
    requiredByResult = Map.copyOf(requiredByResult);
  }

  /** The type of a field, matched by the kind of step that fills it. */
  public sealed interface FieldType permits OneOf, SetOf, WholeNumber, Day {}

  /** One value out of a set: filled by a choice step. */
  public record OneOf(Set<String> values) implements FieldType {}

  /** Any number of values out of a set: filled by multiple-choice steps. */
  public record SetOf(Set<String> values) implements FieldType {}

  /** A whole number within limits: filled by a number step. */
  public record WholeNumber(int min, int max) implements FieldType {}

  /** A calendar date: filled by a date step. */
  public record Day() implements FieldType {}
}
