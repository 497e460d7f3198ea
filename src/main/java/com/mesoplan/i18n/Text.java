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
