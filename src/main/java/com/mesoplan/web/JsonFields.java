package com.mesoplan.web;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a JSON object one by one, so that every problem names its field and says
 * what is allowed.
 */
final class JsonFields {

  /** Dates a plan or a check-in can sensibly name; beyond them date arithmetic would overflow. */
  static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);
  static final LocalDate LATEST_DATE = LocalDate.of(2099, 12, 31);

  private final JsonNode node;
  private final String prefix;

  JsonFields(JsonNode node, String prefix) {
    if (node == null || !node.isObject()) {
      throw new BadRequest(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1),
          "must be a JSON object");
    }
    this.node = node;
    this.prefix = prefix;
  }

  JsonFields object(String name) {
    return new JsonFields(required(name), prefix + name + ".");
  }

  Optional<JsonFields> optionalObject(String name) {
    return present(name).map(n -> new JsonFields(n, prefix + name + "."));
  }

  <E extends Enum<E>> E enumValue(String name, Class<E> type) {
    return toEnum(name, required(name), type);
  }

  <E extends Enum<E>> E enumValue(String name, Class<E> type, E otherwise) {
    return present(name).map(n -> toEnum(name, n, type)).orElse(otherwise);
  }

  <E extends Enum<E>> Set<E> enumSet(String name, Class<E> type) {
    Set<E> values = EnumSet.noneOf(type);
    Optional<JsonNode> list = present(name);
    if (list.isEmpty()) {
      return values;
    }
    if (!list.get().isArray()) {
      throw new BadRequest(prefix + name, "must be a list of " + allowed(type));
    }
    list.get().forEach(item -> values.add(toEnum(name, item, type)));
    return values;
  }

  int integer(String name, int min, int max) {
    JsonNode value = required(name);
    // compared as a BigInteger: a number beyond a long's range is out of range, not an error
    if (!value.isIntegralNumber()
        || value.bigIntegerValue().compareTo(BigInteger.valueOf(min)) < 0
        || value.bigIntegerValue().compareTo(BigInteger.valueOf(max)) > 0) {
      throw new BadRequest(prefix + name, "must be a whole number from " + min + " to " + max);
    }
    return value.intValue();
  }

  Optional<LocalDate> date(String name) {
    return present(name).map(value -> {
      LocalDate date;
      try {
        date = value.isString() ? LocalDate.parse(value.asString()) : null;
      } catch (DateTimeParseException e) {
        date = null;
      }
      if (date == null || date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
        throw new BadRequest(prefix + name, "must be a date as YYYY-MM-DD from "
            + EARLIEST_DATE + " to " + LATEST_DATE);
      }
      return date;
    });
  }

  Optional<String> text(String name) {
    return present(name).map(value -> {
      if (!value.isString()) {
        throw new BadRequest(prefix + name, "must be text");
      }
      return value.asString();
    });
  }

  List<JsonFields> objects(String name) {
    JsonNode list = required(name);
    if (!list.isArray()) {
      throw new BadRequest(prefix + name, "must be a list");
    }
    ArrayList<JsonFields> items = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      items.add(new JsonFields(list.get(i), prefix + name + "[" + i + "]."));
    }
    return items;
  }

  private JsonNode required(String name) {
    return present(name).orElseThrow(() -> new BadRequest(prefix + name, "is required"));
  }

  private Optional<JsonNode> present(String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  private <E extends Enum<E>> E toEnum(String name, JsonNode value, Class<E> type) {
    if (value.isString()) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(value.asString())) {
          return constant;
        }
      }
    }
    throw new BadRequest(prefix + name, "must be one of " + allowed(type));
  }

  private static String allowed(Class<? extends Enum<?>> type) {
    return List.of(type.getEnumConstants()).toString();
  }
}
