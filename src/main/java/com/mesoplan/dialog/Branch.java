package com.mesoplan.dialog;

import java.util.Set;

/** A transition taken when the step's answer meets a condition; the first that holds wins. */
public record Branch(Condition when, String next) {

  /** When a branch is taken. */
  public sealed interface Condition permits Below, AnyOf {}

  /** A number answer below the limit. */
  public record Below(int limit) implements Condition {}

  /** A multiple-choice answer that includes any of these values. */
  public record AnyOf(Set<String> values) implements Condition {
    public AnyOf {
      values = Set.copyOf(values);
    }
  }
}
