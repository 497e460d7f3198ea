package com.mesoplan.config;

import com.mesoplan.i18n.Messages;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code dialogs/messages/<language>.yaml}: one file a language, nested keys joined with
 * dots. Every language must have every key the reference language has.
 */
public final class MessageFiles {

  private MessageFiles() {}

  public static Messages load(Path folder) {
    Map<String, Map<String, String>> patterns = new LinkedHashMap<>();
    for (Path file : DialogFiles.yamlFiles(folder)) {
      String language = file.getFileName().toString().replace(".yaml", "");
      Map<String, String> flat = new LinkedHashMap<>();
      flatten(YamlNode.read(file, display(folder, file)), "", flat);
      patterns.put(language, flat);
    }
    Messages messages;
    try {
      messages = Messages.of(patterns);
    } catch (IllegalArgumentException e) {
      throw new InvalidConfigurationException(folder.toString(), e.getMessage());
    }
    for (String language : messages.shippedLanguages()) {
      Set<String> missing = messages.missingKeys(language);
      if (!missing.isEmpty()) {
        throw new InvalidConfigurationException(display(folder, folder.resolve(language + ".yaml")),
            "missing messages " + missing);
      }
    }
    return messages;
  }

  private static void flatten(YamlNode node, String prefix, Map<String, String> out) {
    node.entries().forEach((key, child) -> {
      String name = prefix.isEmpty() ? key : prefix + "." + key;
      if (child.isMapping()) {
        flatten(child, name, out);
      } else {
        out.put(name, child.text());
      }
    });
  }

  private static String display(Path folder, Path file) {
    Path parent = folder.getParent();
    String base = parent == null || parent.getFileName() == null ? ""
        : parent.getFileName() + "/";
    return base + folder.getFileName() + "/" + file.getFileName();
  }
}
