package com.mesoplan.config;

import com.mesoplan.clinic.Clinic;
import com.mesoplan.recommendation.Cocktail;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;

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
    return new Clinic(
        root.get("name").text(),
        root.find("phone").map(YamlNode::text),
        root.find("address").map(YamlNode::text),
        root.find("bookingUrl").map(YamlNode::text),
        cocktail,
        zone(root.get("timeZone")));
  }

  private static ZoneId zone(YamlNode node) {
    try {
      return ZoneId.of(node.text());
    } catch (DateTimeException e) {
      throw node.problem("unknown time zone '" + node.text() + "' (e.g. Europe/Berlin)");
    }
  }
}
