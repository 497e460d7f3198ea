package com.mesoplan.conversation;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether free text mentions a warning sign ("can't see", "swelling", "гной"...), from the list
 * in the person's language's message file: a person who writes about a problem outside any
 * question is offered the symptom check at once, never "nothing is waiting". A word matches as a
 * whole word, or as a word's beginning when the list gives it with {@code *} ("отек*").
 */
final class WarningSigns {

  private WarningSigns() {}

  /**
   * @param words the language's warning words and phrases, separated by {@code |}
   */
  static boolean mentioned(String text, String words) {
    String said = normal(text);
    return Arrays.stream(words.split("\\|")).map(String::strip).filter(w -> !w.isEmpty())
        .anyMatch(word -> pattern(word).matcher(said).find());
  }

  private static Pattern pattern(String word) {
    boolean stem = word.endsWith("*");
    String core = Pattern.quote(normal(stem ? word.substring(0, word.length() - 1) : word));
    return Pattern.compile("(?<!\\p{L})" + core + (stem ? "" : "(?!\\p{L})"),
        Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
  }

  private static String normal(String text) {
    return text.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('’', '\'');
  }
}
