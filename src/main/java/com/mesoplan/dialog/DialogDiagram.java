package com.mesoplan.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Draws a dialog as a Mermaid flowchart: a node per step (question steps show the field they
 * fill, ends show their result) and an edge per transition, labelled with the option or branch.
 */
public final class DialogDiagram {

  private DialogDiagram() {}

  /**
   * @param label renders a message key (an option's label) in the diagram's language
   */
  public static String mermaid(DialogDefinition definition, UnaryOperator<String> label) {
    StringBuilder out = new StringBuilder("flowchart TD\n");
    for (Step step : definition.steps().values()) {
      out.append("  ").append(node(step)).append('\n');
    }
    for (Step step : definition.steps().values()) {
      edges(step, label).forEach(edge -> out.append("  ").append(edge).append('\n'));
    }
    return out.toString();
  }

  private static String node(Step step) {
    String id = nodeId(step.id());
    if (step instanceof Step.End end) {
      return id + "([\"" + step.id() + ": " + end.result() + "\"])";
    }
    return id + "[\"" + step.id() + "<br/><i>" + DialogEngine.fieldOf(step) + "</i>\"]";
  }

  private static List<String> edges(Step step, UnaryOperator<String> label) {
    String from = nodeId(step.id());
    if (step instanceof Step.Choice c) {
      return c.options().stream().map(o -> edge(from, quote(label.apply(o.label())),
          o.next().or(c::next).orElseThrow())).toList();
    }
    List<Branch> branches = List.of();
    Optional<String> otherwise = Optional.empty();
    if (step instanceof Step.MultiChoice m) {
      branches = m.branches();
      otherwise = Optional.of(m.next());
    } else if (step instanceof Step.Number n) {
      branches = n.branches();
      otherwise = Optional.of(n.next());
    } else if (step instanceof Step.Date d) {
      otherwise = Optional.of(d.next());
    }
    List<String> edges = new ArrayList<>();
    branches.forEach(b -> edges.add(edge(from, quote(describe(b.when())), b.next())));
    otherwise.ifPresent(next -> edges.add(from + " --> " + nodeId(next)));
    return edges;
  }

  private static String edge(String from, String text, String to) {
    return from + " -->|" + text + "| " + nodeId(to);
  }

  private static String describe(Branch.Condition condition) {
    if (condition instanceof Branch.Below below) {
      return "below " + below.limit();
    }
    return "any of " + String.join(", ", ((Branch.AnyOf) condition).values().stream().sorted()
        .toList());
  }

  private static String quote(String text) {
    return "\"" + text.replace("\"", "#quot;") + "\"";
  }

  private static String nodeId(String stepId) {
    return "s_" + stepId.replace('-', '_');
  }

}
