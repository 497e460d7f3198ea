package com.mesoplan.config;

import com.mesoplan.clinic.Clinic;
import com.mesoplan.followup.FollowUpSettings;
import com.mesoplan.recommendation.Cocktail;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads {@code config/clinic.yaml}: the clinic's name, contacts, default cocktail, time zone. */
public final class ClinicFile {

  private ClinicFile() {}

  public static Clinic load(Path file) {
    String name = file.getParent() == null ? file.toString()
        : file.getParent().getFileName() + "/" + file.getFileName();
    YamlNode root = YamlNode.read(file, name);
    Cocktail cocktail = root.get("defaultCocktail").enumValue(Cocktail.class);
    if (cocktail == Cocktail.UNKNOWN) {
      throw root.get("defaultCocktail").problem("must name a cocktail, not UNKNOWN");
    }
    YamlNode emergency = root.get("emergencyNumber");
    if (!emergency.text().matches("[0-9]{2,6}")) {
      throw emergency.problem("must be the emergency number of the clinic's country, such as "
          + "112, 999, 911 or 103");
    }
    YamlNode phone = root.get("phone");
    if (!phone.text().matches("\\+?[0-9 ()./-]{5,30}")) {
      throw phone.problem("must be a phone number people can call, such as +44 20 7946 0000");
    }
    return new Clinic(
        root.get("name").text(),
        Optional.of(phone.text()),
        emergency.text(),
        root.find("address").map(YamlNode::text),
        root.find("bookingUrl").map(YamlNode::text),
        cocktail,
        zone(root.get("timeZone")),
        time(root, "quietHours", "from", "21:00"),
        time(root, "quietHours", "until", "09:00"),
        root.find("staffChatId").map(YamlNode::wholeNumber),
        root.find("staffIds").map(ids -> ids.list().stream().map(YamlNode::wholeNumber)
            .collect(Collectors.toSet())).orElse(Set.of()),
        root.find("languages").map(list -> list.list().stream().map(YamlNode::text).toList())
            .orElse(List.of()),
        root.find("preparation").map(ClinicFile::perLanguage).orElse(Map.of()),
        root.find("lateCheckInDays").map(ClinicFile::days)
            .orElse(FollowUpSettings.LATE_CHECK_IN_DAYS),
        root.find("colours").map(ClinicFile::colours).orElse(Clinic.Colours.DEFAULT));
  }

  /**
   * The website chat's colours; the text must stay readable on the accent (WCAG's 4.5:1 for
   * normal text), or the start stops and says so.
   */
  private static Clinic.Colours colours(YamlNode node) {
    String accent = colour(node, "accent", Clinic.Colours.DEFAULT.accent());
    String onAccent = colour(node, "onAccent", Clinic.Colours.DEFAULT.onAccent());
    double contrast = contrast(accent, onAccent);
    if (contrast < 4.5) {
      throw node.problem(String.format(java.util.Locale.ROOT, "onAccent %s on accent %s has a "
          + "contrast of %.1f:1; text needs at least 4.5:1 to be readable", onAccent, accent,
          contrast));
    }
    return new Clinic.Colours(accent, onAccent);
  }

  private static String colour(YamlNode node, String key, String otherwise) {
    Optional<YamlNode> value = node.find(key);
    String text = value.map(YamlNode::text).orElse(otherwise);
    if (!text.matches("#[0-9a-fA-F]{6}")) {
      throw value.orElse(node).problem("'" + text + "' is not a colour such as #2f6f6a");
    }
    return text.toLowerCase(java.util.Locale.ROOT);
  }

  /** WCAG's contrast ratio of two colours. */
  static double contrast(String first, String second) {
    double a = luminance(first);
    double b = luminance(second);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  private static double luminance(String colour) {
    double sum = 0;
    double[] weights = {0.2126, 0.7152, 0.0722};
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(colour.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      sum += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
    }
    return sum;
  }

  /** Days after a session for the late check-ins: each from 2 to 120, in order. */
  private static List<Integer> days(YamlNode node) {
    List<Integer> days = node.list().stream().map(YamlNode::integer).toList();
    for (int i = 0; i < days.size(); i++) {
      if (days.get(i) < 2 || days.get(i) > 120 || (i > 0 && days.get(i) <= days.get(i - 1))) {
        throw node.problem("must be days after a session, from 2 to 120, in increasing order, "
            + "such as [14, 42]");
      }
    }
    return days;
  }

  /** A text per language code ({@code en: "...", ru: "..."}). */
  private static Map<String, String> perLanguage(YamlNode node) {
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    node.entries().forEach((language, text) -> {
      if (!language.matches("[a-z]{2,3}")) {
        throw node.problem("'" + language + "' is not a language code such as en or ru");
      }
      texts.put(language, text.text());
    });
    return texts;
  }

  private static LocalTime time(YamlNode root, String group, String key, String otherwise) {
    Optional<YamlNode> node = root.find(group).flatMap(g -> g.find(key));
    String text = node.map(YamlNode::text).orElse(otherwise);
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw node.orElse(root).problem("'" + text + "' is not a time of day such as 21:00");
    }
  }

  private static ZoneId zone(YamlNode node) {
    try {
      return ZoneId.of(node.text());
    } catch (DateTimeException e) {
      throw node.problem("unknown time zone '" + node.text() + "' (e.g. Europe/Berlin)");
    }
  }
}
