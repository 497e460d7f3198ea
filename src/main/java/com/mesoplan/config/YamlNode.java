package com.mesoplan.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A value in a YAML file with its place ({@code steps.age.min}), so that every problem can name
 * the file and the entry.
 */
final class YamlNode {

  private final String file;
  private final String path;
  private final Object value;

  private YamlNode(String file, String path, Object value) {
    this.file = file;
    this.path = path;
    this.value = value;
  }

  static YamlNode read(Path path, String displayName) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      Object root = new Yaml(new SafeConstructor(options)).load(reader);
      if (!(root instanceof Map)) {
        throw new InvalidConfigurationException(displayName, "must be a YAML mapping");
      }
      return new YamlNode(displayName, "", root);
    } catch (IOException e) {
      throw new InvalidConfigurationException(displayName, "cannot be read: " + e.getMessage());
    } catch (YAMLException e) {
      throw new InvalidConfigurationException(displayName, "is not valid YAML: "
          + e.getMessage().replace('\n', ' '));
    }
  }

  String file() {
    return file;
  }

  String path() {
    return path;
  }

  InvalidConfigurationException problem(String message) {
    return new InvalidConfigurationException(file, (path.isEmpty() ? "" : path + ": ") + message);
  }

  boolean isMapping() {
    return value instanceof Map;
  }

  boolean has(String key) {
    return map().containsKey(key);
  }

  YamlNode get(String key) {
    Object child = map().get(key);
    if (child == null) {
      throw problem("'" + key + "' is missing");
    }
    return new YamlNode(file, join(key), child);
  }

  Optional<YamlNode> find(String key) {
    return has(key) ? Optional.of(get(key)) : Optional.empty();
  }

  /** The entries of a mapping, in file order. */
  Map<String, YamlNode> entries() {
    Map<String, YamlNode> entries = new LinkedHashMap<>();
    map().forEach((key, child) -> {
      if (!(key instanceof String name)) {
        throw problem("key " + key + " must be text (put it in quotes)");
      }
      entries.put(name, new YamlNode(file, join(name), child));
    });
    return entries;
  }

  List<YamlNode> list() {
    if (!(value instanceof List<?> items)) {
      throw problem("must be a list");
    }
    List<YamlNode> nodes = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      nodes.add(new YamlNode(file, path + "[" + i + "]", items.get(i)));
    }
    return nodes;
  }

  String text() {
    if (!(value instanceof String text)) {
      throw problem("must be text, found " + value + " (put it in quotes)");
    }
    return text;
  }

  int integer() {
    if (!(value instanceof Integer number)) {
      throw problem("must be a whole number, found " + value);
    }
    return number;
  }

  long wholeNumber() {
    if (value instanceof Integer || value instanceof Long) {
      return ((Number) value).longValue();
    }
    if (value instanceof java.math.BigInteger big && big.bitLength() < 64) {
      return big.longValue();
    }
    throw problem("must be a whole number, found " + value);
  }

  boolean bool() {
    if (!(value instanceof Boolean flag)) {
      throw problem("must be true or false, found " + value);
    }
    return flag;
  }

  <E extends Enum<E>> E enumValue(Class<E> type) {
    String text = text();
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw problem("unknown value '" + text + "' (allowed: "
          + List.of(type.getEnumConstants()) + ")");
    }
  }

  private Map<?, ?> map() {
    if (!(value instanceof Map<?, ?> map)) {
      throw problem("must be a mapping");
    }
    return map;
  }

  private String join(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
