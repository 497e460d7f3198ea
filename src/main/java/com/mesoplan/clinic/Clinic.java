package com.mesoplan.clinic;

import com.mesoplan.recommendation.Cocktail;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/** The clinic behind the bot, as {@code config/clinic.yaml} describes it. */
public record Clinic(
    String name,
    Optional<String> phone,
    Optional<String> address,
    Optional<String> bookingUrl,
    Cocktail defaultCocktail,
    ZoneId timeZone) {

  public Clinic {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(defaultCocktail, "defaultCocktail");
    Objects.requireNonNull(timeZone, "timeZone");
  }
}
