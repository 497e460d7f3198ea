package com.mesoplan.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mesoplan.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessagesTest {

  private final Messages all = Fixtures.messages();

  @Test
  void theDevicesLanguageIsUsedWhenOfferedElseTheFirstOffered() {
    assertThat(all.languageFor("ru-RU")).isEqualTo("ru");
    assertThat(all.languageFor("de")).isEqualTo("en");
    Messages russianOnly = all.offering(List.of("ru"));
    assertThat(russianOnly.languages()).containsExactly("ru");
    assertThat(russianOnly.languageFor("en-GB")).isEqualTo("ru");
    assertThat(russianOnly.languageFor(null)).isEqualTo("ru");
    assertThat(russianOnly.render("en", "language.name")).isEqualTo("English");
  }

  @Test
  void aLanguageWithoutMessagesCannotBeOffered() {
    assertThatThrownBy(() -> all.offering(List.of("en", "de")))
        .hasMessageStartingWith("no messages for language 'de'");
  }

  @Test
  void pluralsFollowEachLanguagesRules() {
    assertThat(all.render("en", Text.of("reason.loadingInterval", "factor", "X",
        "direction", "up", "amount", 1))).isEqualTo("X: the break between loading sessions is 1 day longer.");
    assertThat(all.render("ru", Text.of("reason.loadingInterval", "factor", "X",
        "direction", "down", "amount", 5))).isEqualTo("X: перерыв между процедурами основного курса на 5 дней короче.");
    assertThat(all.render("ru", Text.of("reason.loadingInterval", "factor", "X",
        "direction", "down", "amount", 2))).isEqualTo("X: перерыв между процедурами основного курса на 2 дня короче.");
  }
}
