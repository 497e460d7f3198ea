package com.mesoplan.clinic;

import com.mesoplan.recommendation.Cocktail;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The clinic behind the bot, as {@code config/clinic.yaml} describes it: contacts shown with
 * every plan, the emergency number of the clinic's country, the default cocktail, the time zone and quiet hours for reminders, and the staff
 * chat that receives hand-offs and red flags, and the clinic's own preparation advice for a
 * session, per language (mesoplan gives none of its own).
 */
public record Clinic(
    String name,
    Optional<String> phone,
    String emergencyNumber,
    Optional<String> address,
    Optional<String> bookingUrl,
    Cocktail defaultCocktail,
    ZoneId timeZone,
    LocalTime quietFrom,
    LocalTime quietUntil,
    Optional<Long> staffChatId,
    Set<Long> staffIds,
    List<String> languages,
    Map<String, String> preparation,
    List<Integer> lateCheckInDays,
    Colours colours) {

  /**
   * The clinic's colours for its website's chat: the accent (header, the person's messages,
   * buttons) and the text on it. Both are {@code #rrggbb}.
   */
  public record Colours(String accent, String onAccent) {
    public static final Colours DEFAULT = new Colours("#2f6f6a", "#ffffff");
  }

  public Clinic {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(emergencyNumber, "emergencyNumber");
    Objects.requireNonNull(defaultCocktail, "defaultCocktail");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(quietFrom, "quietFrom");
    Objects.requireNonNull(quietUntil, "quietUntil");
    staffIds = Set.copyOf(staffIds);
    languages = List.copyOf(languages);
    preparation = Map.copyOf(preparation);
    lateCheckInDays = List.copyOf(lateCheckInDays);
  }
}
