package com.mesoplan.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Free text that mentions a warning sign, in the shipped lists of each language. */
class WarningSignsTest {

  @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
  @CsvSource(delimiter = ';', value = {
      "en; I can't see properly out of my left eye; true",
      "en; My cheek is SWOLLEN and hot; true",
      "en; there is pus near the injection point; true",
      "en; I have a small lump since Tuesday; true",
      "en; I CANNOT BREATHE well; true",
      "en; I'm interested in booking a session; false",
      "en; thank you, see you soon; false",
      "en; push the date please; false",
      "ru; У меня отёк под глазом; true",
      "ru; появилась шишка; true",
      "ru; Гноится место укола; true",
      "ru; плохо вижу с утра; true",
      "ru; спасибо, до встречи; false",
      "ru; купила новую кровать; false"})
  void aWarningSignIsRecognisedAndOrdinaryTextIsNot(String language, String text,
      boolean warning) {
    assertThat(WarningSigns.mentioned(text,
        Fixtures.messages().render(language, "problem.warningWords"))).isEqualTo(warning);
  }
}
