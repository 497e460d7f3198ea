package com.mesoplan.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad protocol, clinic or message file stops the start, naming file and entry. */
class ConfigFilesTest {

  @TempDir
  Path folder;

  private Path write(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private String shippedProtocols() throws IOException {
    return Files.readString(Path.of("config", "protocols.yaml"));
  }

  @Test
  void anUnknownGoalInTheProtocolIsNamed() throws IOException {
    Path file = write("config/protocols.yaml", shippedProtocols().replace("  RADIANCE:", "  GLOW:"));
    assertThatThrownBy(() -> ProtocolFile.load(file))
        .hasMessageStartingWith("config/protocols.yaml: base.GLOW: unknown Goal");
  }

  @Test
  void aRangeTheWrongWayRoundIsNamed() throws IOException {
    Path file = write("config/protocols.yaml", shippedProtocols().replaceFirst(
        "loadingSessions: \\[2, 3\\]", "loadingSessions: [3, 2]"));
    assertThatThrownBy(() -> ProtocolFile.load(file))
        .hasMessage("config/protocols.yaml: base.HYDRATION.MILD.loadingSessions: must be [min, max] with min not above max");
  }

  @Test
  void aProtocolThatBreaksAPropertyIsRefused() throws IOException {
    Path file = write("config/protocols.yaml", shippedProtocols().replace(
        "SENSITIVE: {loadingIntervalDays: 7, maintenanceDays: 14}",
        "SENSITIVE: {loadingIntervalDays: -7}"));
    assertThatThrownBy(() -> ProtocolFile.load(file))
        .hasMessageContaining("sensitivity.SENSITIVE: intervals shorter than for NORMAL");
  }

  @Test
  void aClinicWithAnUnknownTimeZoneOrCocktailIsRefused() throws IOException {
    Path zone = write("config/clinic.yaml", """
        name: "Clinic"
        phone: "+49 30 123456"
        emergencyNumber: "112"
        defaultCocktail: VITAMINS
        timeZone: "Mars/Olympus"
        """);
    assertThatThrownBy(() -> ClinicFile.load(zone))
        .hasMessage("config/clinic.yaml: timeZone: unknown time zone 'Mars/Olympus' (e.g. Europe/Berlin)");
    Path cocktail = write("config/clinic.yaml", """
        name: "Clinic"
        phone: "+49 30 123456"
        emergencyNumber: "112"
        defaultCocktail: UNKNOWN
        timeZone: "Europe/Berlin"
        """);
    assertThatThrownBy(() -> ClinicFile.load(cocktail))
        .hasMessage("config/clinic.yaml: defaultCocktail: must name a cocktail, not UNKNOWN");
  }

  @Test
  void theWebsiteChatsColoursMustBeColoursAndLeaveTheTextReadable() throws IOException {
    String clinic = """
        name: "Clinic"
        phone: "+49 30 123456"
        emergencyNumber: "112"
        defaultCocktail: VITAMINS
        timeZone: "Europe/Berlin"
        """;
    assertThat(ClinicFile.load(write("config/clinic.yaml", clinic)).colours())
        .isEqualTo(com.mesoplan.clinic.Clinic.Colours.DEFAULT);
    Path own = write("config/clinic.yaml", clinic + "colours: {accent: \"#1A237E\"}\n");
    assertThat(ClinicFile.load(own).colours().accent()).isEqualTo("#1a237e");
    Path named = write("config/clinic.yaml", clinic + "colours: {accent: \"navy\"}\n");
    assertThatThrownBy(() -> ClinicFile.load(named))
        .hasMessage("config/clinic.yaml: colours.accent: 'navy' is not a colour such as #2f6f6a");
    Path pale = write("config/clinic.yaml", clinic
        + "colours: {accent: \"#ffff66\", onAccent: \"#ffffff\"}\n");
    assertThatThrownBy(() -> ClinicFile.load(pale)).hasMessageStartingWith(
        "config/clinic.yaml: colours: onAccent #ffffff on accent #ffff66 has a contrast of 1.1:1");
  }

  @Test
  void theClinicsOwnPreparationAdviceGoesWithRemindersAndWithoutItNoneOfOurOwn()
      throws IOException {
    Path file = write("config/clinic.yaml", """
        name: "Clinic"
        phone: "+49 30 123456"
        emergencyNumber: "112"
        defaultCocktail: VITAMINS
        timeZone: "Europe/Berlin"
        preparation:
          en: "Come without make-up."
          ru: "Приходите без макияжа."
        """);
    var messages = com.mesoplan.Fixtures.messages();
    var texts = new com.mesoplan.conversation.PlanTexts(messages, ClinicFile.load(file));
    assertThat(texts.preparation("ru")).isEqualTo("Приходите без макияжа.");
    assertThat(texts.preparation("de")).isEqualTo("Come without make-up.");
    var shipped = new com.mesoplan.conversation.PlanTexts(messages,
        com.mesoplan.Fixtures.clinic());
    assertThat(shipped.preparation("en")).startsWith("Please follow your clinic’s preparation "
        + "advice").doesNotContainIgnoringCase("retinoid").doesNotContainIgnoringCase("peel");
    Path bad = write("config/clinic.yaml", """
        name: "Clinic"
        phone: "+49 30 123456"
        emergencyNumber: "112"
        defaultCocktail: VITAMINS
        timeZone: "Europe/Berlin"
        preparation:
          English: "Come without make-up."
        """);
    assertThatThrownBy(() -> ClinicFile.load(bad)).hasMessageContaining("preparation")
        .hasMessageContaining("'English' is not a language code");
  }

  @Test
  void aClinicWithoutAnEmergencyNumberOrPhoneIsRefused() throws IOException {
    Path none = write("config/clinic.yaml", """
        name: "Clinic"
        phone: "+49 30 123456"
        defaultCocktail: VITAMINS
        timeZone: "Europe/Berlin"
        """);
    assertThatThrownBy(() -> ClinicFile.load(none))
        .hasMessage("config/clinic.yaml: 'emergencyNumber' is missing");
    Path words = write("config/clinic.yaml", """
        name: "Clinic"
        phone: "+49 30 123456"
        emergencyNumber: "call an ambulance"
        defaultCocktail: VITAMINS
        timeZone: "Europe/Berlin"
        """);
    assertThatThrownBy(() -> ClinicFile.load(words)).hasMessageContaining("emergencyNumber: must "
        + "be the emergency number of the clinic's country");
    Path noPhone = write("config/clinic.yaml", """
        name: "Clinic"
        emergencyNumber: "112"
        defaultCocktail: VITAMINS
        timeZone: "Europe/Berlin"
        """);
    assertThatThrownBy(() -> ClinicFile.load(noPhone))
        .hasMessage("config/clinic.yaml: 'phone' is missing");
  }

  @Test
  void aLanguageMissingAMessageOrWithABrokenPatternIsRefused() throws IOException {
    write("dialogs/messages/en.yaml", "a: \"one\"\nb: \"{n, plural, one {# day} other {# days}}\"\n");
    write("dialogs/messages/de.yaml", "a: \"eins\"\n");
    assertThatThrownBy(() -> MessageFiles.load(folder.resolve("dialogs/messages")))
        .hasMessage("dialogs/messages/de.yaml: missing messages [b]");
    write("dialogs/messages/de.yaml", "a: \"eins\"\nb: \"{n, plural, one {# Tag}\"\n");
    assertThatThrownBy(() -> MessageFiles.load(folder.resolve("dialogs/messages")))
        .hasMessageContaining("language 'de', message 'b'");
  }
}
