package com.mesoplan.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every shipped language's messages, as ICU message patterns (CLDR plural rules: Russian has
 * one/few/many). Patterns are parsed once, when loaded, so a broken one stops the start.
 */
public final class Messages {

  /** The language every other language is checked against, and the fallback. */
  public static final String REFERENCE_LANGUAGE = "en";
  static final String DATE_FORMAT_KEY = "format.date";

  /**
   * A parsed pattern. One without arguments is rendered once, here; ICU formats are not safe to
   * share between threads, so each thread formats with its own copy (a copy per render would
   * build the number formatters again every time).
   */
  private static final class Pattern {
    private final String constant;
    private final ThreadLocal<MessageFormat> copies;

    Pattern(MessageFormat parsed) {
      this.constant = parsed.getArgumentNames().isEmpty() ? parsed.format(Map.of()) : null;
      this.copies = ThreadLocal.withInitial(() -> (MessageFormat) parsed.clone());
    }

    String format(Map<String, Object> args) {
      return constant != null ? constant : copies.get().format(args);
    }
  }

  private final Map<String, Map<String, Pattern>> formats;
  private final Map<String, DateTimeFormatter> dateFormats;
  private final Set<String> offered;

  private Messages(Map<String, Map<String, Pattern>> formats,
      Map<String, DateTimeFormatter> dateFormats, Set<String> offered) {
    this.formats = formats;
    this.dateFormats = dateFormats;
    this.offered = offered;
  }

  /**
   * The same messages, offering people only these languages (the clinic's choice); every
   * language stays available for rendering, the reference one for staff texts.
   *
   * @throws IllegalArgumentException naming a language without messages
   */
  public Messages offering(List<String> languages) {
    for (String language : languages) {
      if (!formats.containsKey(language)) {
        throw new IllegalArgumentException("no messages for language '" + language
            + "' (shipped: " + formats.keySet() + ")");
      }
    }
    return new Messages(formats, dateFormats,
        languages.isEmpty() ? offered : new LinkedHashSet<>(languages));
  }

  /**
   * Parses every language's patterns.
   *
   * @param patterns language tag, then message key, then ICU pattern
   * @throws IllegalArgumentException naming the language and key of a pattern that does not parse
   */
  public static Messages of(Map<String, Map<String, String>> patterns) {
    if (!patterns.containsKey(REFERENCE_LANGUAGE)) {
      throw new IllegalArgumentException("the reference language '" + REFERENCE_LANGUAGE
          + "' is missing");
    }
    Map<String, Map<String, Pattern>> formats = new LinkedHashMap<>();
    Map<String, DateTimeFormatter> dateFormats = new HashMap<>();
    patterns.forEach((language, byKey) -> {
      ULocale locale = new ULocale(language);
      Map<String, Pattern> parsed = new HashMap<>();
      byKey.forEach((key, pattern) ->
          parsed.put(key, new Pattern(parse(language, key, pattern, locale))));
      formats.put(language, Map.copyOf(parsed));
      String datePattern = byKey.getOrDefault(DATE_FORMAT_KEY, "yyyy-MM-dd");
      dateFormats.put(language, DateTimeFormatter.ofPattern(datePattern, Locale.forLanguageTag(language)));
    });
    return new Messages(formats, dateFormats, formats.keySet());
  }

  private static MessageFormat parse(String language, String key, String pattern, ULocale locale) {
    try {
      return new MessageFormat(pattern, locale);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "language '" + language + "', message '" + key + "': " + e.getMessage(), e);
    }
  }

  /** The languages offered to people, in the clinic's order. */
  public Set<String> languages() {
    return offered;
  }

  /** Every language with messages, offered or not (checks run over all of them). */
  public Set<String> shippedLanguages() {
    return formats.keySet();
  }

  public boolean has(String language, String key) {
    return formats.getOrDefault(language, Map.of()).containsKey(key);
  }

  /** The keys a language lacks compared with the reference language. */
  public Set<String> missingKeys(String language) {
    Set<String> missing = new TreeSet<>(formats.get(REFERENCE_LANGUAGE).keySet());
    missing.removeAll(formats.getOrDefault(language, Map.of()).keySet());
    return missing;
  }

  /** The language to use for a requested tag such as {@code ru-RU}; the reference if none fits. */
  public String languageFor(String tag) {
    if (tag == null || tag.isBlank()) {
      return fallback();
    }
    String base = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
    return offered.contains(base) ? base : fallback();
  }

  private String fallback() {
    return offered.contains(REFERENCE_LANGUAGE) ? REFERENCE_LANGUAGE : offered.iterator().next();
  }

  public String render(String language, String key) {
    return render(language, Text.of(key));
  }

  public String render(String language, Text text) {
    Pattern format = formats.getOrDefault(language, Map.of()).get(text.key());
    if (format == null) {
      format = formats.get(REFERENCE_LANGUAGE).get(text.key());
    }
    if (format == null) {
      throw new IllegalArgumentException("no message '" + text.key() + "'");
    }
    if (text.args().isEmpty()) {
      return format.format(Map.of());
    }
    Map<String, Object> args = new HashMap<>();
    text.args().forEach((name, value) -> args.put(name, argument(language, value)));
    return format.format(args);
  }

  public String date(String language, LocalDate date) {
    return dateFormats.getOrDefault(language, dateFormats.get(REFERENCE_LANGUAGE)).format(date);
  }

  /** The key of an enum value's label: {@code value.<Type>.<NAME>}. */
  public static String enumKey(Enum<?> value) {
    return "value." + value.getDeclaringClass().getSimpleName() + "." + value.name();
  }

  private Object argument(String language, Object value) {
    if (value instanceof Enum<?> e) {
      return render(language, enumKey(e));
    }
    if (value instanceof Text nested) {
      return render(language, nested);
    }
    if (value instanceof LocalDate date) {
      return date(language, date);
    }
    return value;
  }
}
