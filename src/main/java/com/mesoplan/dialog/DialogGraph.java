package com.mesoplan.dialog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The dialog as a graph of steps: reachability, loops, and the longest way to an end. */
final class DialogGraph {

  private DialogGraph() {}

  static Set<String> reachable(DialogDefinition definition) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(definition.start()));
    while (!todo.isEmpty()) {
      String id = todo.pop();
      Step step = definition.steps().get(id);
      if (step != null && seen.add(id)) {
        todo.addAll(step.targets());
      }
    }
    return seen;
  }

  /** A loop of step ids if there is one; the engine needs every path to end. */
  static Optional<List<String>> loop(DialogDefinition definition) {
    Set<String> done = new HashSet<>();
    for (String id : definition.steps().keySet()) {
      Optional<List<String>> loop = loopFrom(definition, id, new ArrayList<>(), done);
      if (loop.isPresent()) {
        return loop;
      }
    }
    return Optional.empty();
  }

  private static Optional<List<String>> loopFrom(
      DialogDefinition definition, String id, List<String> trail, Set<String> done) {
    if (trail.contains(id)) {
      List<String> loop = new ArrayList<>(trail.subList(trail.indexOf(id), trail.size()));
      loop.add(id);
      return Optional.of(loop);
    }
    Step step = definition.steps().get(id);
    if (step == null || done.contains(id)) {
      return Optional.empty();
    }
    trail.add(id);
    for (String target : step.targets()) {
      Optional<List<String>> loop = loopFrom(definition, target, trail, done);
      if (loop.isPresent()) {
        return loop;
      }
    }
    trail.remove(trail.size() - 1);
    done.add(id);
    return Optional.empty();
  }

  /** For each step, the most questions (itself included) before an end; needs a loop-free dialog. */
  static Map<String, Integer> questionsLeft(DialogDefinition definition) {
    Map<String, Integer> left = new HashMap<>();
    for (String id : definition.steps().keySet()) {
      questionsLeft(definition, id, left);
    }
    return Map.copyOf(left);
  }

  private static int questionsLeft(DialogDefinition definition, String id, Map<String, Integer> memo) {
    Integer known = memo.get(id);
    if (known != null) {
      return known;
    }
    Step step = definition.existing(id);
    int most = 0;
    for (String target : step.targets()) {
      most = Math.max(most, questionsLeft(definition, target, memo));
    }
    int left = step instanceof Step.End ? 0 : most + 1;
    memo.put(id, left);
    return left;
  }

  /**
   * For each reachable step, the fields set on every path from the start to it (the fields a
   * step fills itself are not included). Needs a loop-free dialog.
   */
  static Map<String, Set<String>> fieldsSetOnEveryPath(DialogDefinition definition) {
    Map<String, Set<String>> before = new HashMap<>();
    before.put(definition.start(), Set.of());
    for (String id : topologicalOrder(definition)) {
      Set<String> known = before.get(id);
      Step step = definition.existing(id);
      if (known == null || step instanceof Step.End) {
        continue;
      }
      Set<String> after = new HashSet<>(known);
      after.add(DialogEngine.fieldOf(step));
      for (String target : step.targets()) {
        before.merge(target, Set.copyOf(after), DialogGraph::intersection);
      }
    }
    return before;
  }

  private static Set<String> intersection(Set<String> a, Set<String> b) {
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return Set.copyOf(both);
  }

  private static List<String> topologicalOrder(DialogDefinition definition) {
    List<String> order = new ArrayList<>();
    Set<String> visited = new HashSet<>();
    for (String id : definition.steps().keySet()) {
      visit(definition, id, visited, order);
    }
    Collections.reverse(order);
    return order;
  }

  private static void visit(DialogDefinition definition, String id, Set<String> visited,
      List<String> order) {
    if (!visited.add(id)) {
      return;
    }
    for (String target : definition.existing(id).targets()) {
      visit(definition, target, visited, order);
    }
    order.add(id);
  }
}
