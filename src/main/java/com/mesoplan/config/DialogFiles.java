package com.mesoplan.config;

import com.mesoplan.dialog.AnswerOption;
import com.mesoplan.dialog.Branch;
import com.mesoplan.dialog.DialogDefinition;
import com.mesoplan.dialog.DialogValidator;
import com.mesoplan.dialog.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads the dialog definitions in {@code dialogs/*.yaml} and checks each one before use. */
public final class DialogFiles {

  private DialogFiles() {}

  /** Every dialog in the folder by id, each checked; the first problem stops the load. */
  public static Map<String, DialogDefinition> load(Path folder, DialogValidator validator) {
    Map<String, DialogDefinition> dialogs = new LinkedHashMap<>();
    for (Path file : yamlFiles(folder)) {
      DialogDefinition definition = read(file, folder.getFileName() + "/" + file.getFileName());
      List<String> problems = validator.problems(definition);
      if (!problems.isEmpty()) {
        throw new InvalidConfigurationException(definition.source(), String.join("; ", problems));
      }
      if (dialogs.put(definition.id(), definition) != null) {
        throw new InvalidConfigurationException(definition.source(),
            "dialog id '" + definition.id() + "' is used by another file too");
      }
    }
    return dialogs;
  }

  static List<Path> yamlFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new InvalidConfigurationException(folder.toString(), "cannot be listed: " + e.getMessage());
    }
  }

  /** One definition, read but not yet checked against messages and fields. */
  public static DialogDefinition read(Path file, String displayName) {
    YamlNode root = YamlNode.read(file, displayName);
    Map<String, Step> steps = new LinkedHashMap<>();
    root.get("steps").entries().forEach((id, node) -> steps.put(id, step(id, node)));
    return new DialogDefinition(root.get("id").text(), root.get("version").integer(),
        displayName, root.get("start").text(), steps);
  }

  private static Step step(String id, YamlNode node) {
    String type = node.get("type").text();
    return switch (type) {
      case "choice" -> new Step.Choice(id, node.get("question").text(), node.get("field").text(),
          options(node.get("options"), true), optionalText(node, "next"));
      case "multi" -> new Step.MultiChoice(id, node.get("question").text(),
          node.get("field").text(), options(node.get("options"), false), node.get("none").text(),
          branches(node, false), node.get("next").text());
      case "number" -> new Step.Number(id, node.get("question").text(), node.get("field").text(),
          node.get("min").integer(), node.get("max").integer(), node.get("hint").text(),
          branches(node, true), node.get("next").text());
      case "date" -> new Step.Date(id, node.get("question").text(), node.get("field").text(),
          optionalText(node, "skip"), node.get("hint").text(), node.get("next").text());
      case "end" -> new Step.End(id, node.get("result").text());
      default -> throw node.get("type").problem(
          "unknown step type '" + type + "' (known: choice, multi, number, date, end)");
    };
  }

  private static List<AnswerOption> options(YamlNode node, boolean mayBranch) {
    return node.list().stream().map(option -> {
      if (!mayBranch && option.has("next")) {
        throw option.problem("options of a multiple choice cannot branch; use 'branches'");
      }
      return new AnswerOption(option.get("id").text(), option.get("label").text(),
          option.get("value").text(), optionalText(option, "next"));
    }).toList();
  }

  private static List<Branch> branches(YamlNode step, boolean numeric) {
    if (!step.has("branches")) {
      return List.of();
    }
    return step.get("branches").list().stream().map(b -> new Branch(numeric
        ? new Branch.Below(b.get("below").integer())
        : new Branch.AnyOf(new HashSet<>(b.get("anyOf").list().stream().map(YamlNode::text)
            .toList())), b.get("next").text())).toList();
  }

  private static Optional<String> optionalText(YamlNode node, String key) {
    return node.find(key).map(YamlNode::text);
  }
}
