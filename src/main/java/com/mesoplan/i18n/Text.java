package com.mesoplan.i18n;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A message to show a person, as a key into the message files and its arguments, so that every
 * language renders it in its own words. Enum arguments are rendered through their own keys
 * ({@code value.<EnumType>.<NAME>}).
 */
public record Text(String key, Map<String, Object> args) {

  public Text {
    Objects.requireNonNull(key, "key");
    args = Map.copyOf(args);
  }

  public static Text of(String key) {
    return new Text(key, Map.of());
  }

  public static Text of(String key, String name, Object value) {
    return new Text(key, Map.of(name, value));
  }

  public static Text of(String key, String name1, Object value1, String name2, Object value2) {
    return new Text(key, Map.of(name1, value1, name2, value2));
  }

  public static Text of(String key, String name1, Object value1, String name2, Object value2,
      String name3, Object value3) {
    return new Text(key, Map.of(name1, value1, name2, value2, name3, value3));
  }

  /** A text with arguments given as name, value pairs. */
  public static Text of(String key, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("arguments come in name, value pairs: " + key);
    }
    Map<String, Object> args = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      args.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return new Text(key, args);
  }
}
