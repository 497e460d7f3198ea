package com.mesoplan.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mesoplan.Fixtures;
import com.mesoplan.conversation.ProfileFields;
import com.mesoplan.dialog.DialogValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One broken dialog file per kind of error, each refused with its own clear message. */
class DialogFilesTest {

  private static final String HEAD = """
      id: broken
      version: 1
      start: consent
      steps:
        consent:
          type: choice
          question: q.consent
          field: consent
          options:
            - {id: agree, label: a.agree, value: GIVEN, next: goal}
            - {id: decline, label: a.decline, value: DECLINED, next: declined}
      """;

  /** Goal, severity, skin type, sensitivity and age, then the plan: a valid dialog. */
  private static final String VALID = HEAD + """
        goal:
          type: choice
          question: q.goal
          field: goal
          next: severity
          options:
            - {id: hydration, label: value.Goal.HYDRATION, value: HYDRATION}
            - {id: prevention, label: value.Goal.PREVENTION, value: PREVENTION}
        severity:
          type: choice
          question: q.severity
          field: severity
          next: skin
          options:
            - {id: mild, label: value.Severity.MILD, value: MILD}
        skin:
          type: choice
          question: q.skinType
          field: skinType
          next: tolerance
          options:
            - {id: dry, label: value.SkinType.DRY, value: DRY}
        tolerance:
          type: choice
          question: q.sensitivity
          field: sensitivity
          next: age
          options:
            - {id: normal, label: value.Sensitivity.NORMAL, value: NORMAL}
        age:
          type: number
          question: q.age
          field: age
          min: 1
          max: 110
          hint: hint.age
          branches:
            - {below: 18, next: referral}
          next: plan
        plan: {type: end, result: plan}
        referral: {type: end, result: referral}
        declined: {type: end, result: declined}
      """;

  @TempDir
  Path folder;

  private String problemOf(String yaml) throws IOException {
    Path dialogs = Files.createDirectories(folder.resolve("dialogs"));
    Files.writeString(dialogs.resolve("broken.yaml"), yaml);
    DialogValidator validator = new DialogValidator(ProfileFields.SCHEMA, Fixtures.messages());
    try {
      DialogFiles.load(dialogs, validator);
      return "no problem";
    } catch (InvalidConfigurationException e) {
      return e.getMessage();
    }
  }

  @Test
  void theReferenceDialogIsValid() throws IOException {
    assertThat(problemOf(VALID)).isEqualTo("no problem");
  }

  @Test
  void aMissingStartStepIsNamed() throws IOException {
    assertThat(problemOf(VALID.replace("start: consent", "start: welcome")))
        .isEqualTo("dialogs/broken.yaml: start step 'welcome' does not exist");
  }

  @Test
  void aTargetThatDoesNotResolveIsNamedWithItsStep() throws IOException {
    assertThat(problemOf(VALID.replace("next: tolerance", "next: tolerence")))
        .contains("dialogs/broken.yaml: step 'skin': goes to 'tolerence', which does not exist");
  }

  @Test
  void anUnreachableStepIsNamed() throws IOException {
    assertThat(problemOf(VALID + """
          orphan: {type: end, result: plan}
        """)).contains("step 'orphan': cannot be reached from the start");
  }

  @Test
  void anOptionThatLeadsNowhereIsADeadEnd() throws IOException {
    assertThat(problemOf(VALID.replace("    next: severity\n", "")))
        .contains("step 'goal': option 'hydration' leads nowhere");
  }

  @Test
  void aPathToThePlanWithoutARequiredFieldIsRefused() throws IOException {
    String skipsSeverity = VALID.replace("value: PREVENTION}", "value: PREVENTION, next: skin}");
    assertThat(problemOf(skipsSeverity)).contains("step 'plan': some paths reach it without [severity]");
  }

  @Test
  void aMessageMissingInALanguageIsNamed() throws IOException {
    assertThat(problemOf(VALID.replace("question: q.goal", "question: q.favouriteColour")))
        .contains("step 'goal': message 'q.favouriteColour' is missing in language 'en'")
        .contains("message 'q.favouriteColour' is missing in language 'ru'");
  }

  @Test
  void aLoopIsRefused() throws IOException {
    String severeGoesBack = VALID.replace("value: MILD}",
        "value: MILD}\n      - {id: severe, label: value.Severity.SEVERE, value: SEVERE, next: goal}");
    assertThat(problemOf(severeGoesBack))
        .contains("step 'goal': loops back through goal -> severity -> goal");
  }

  @Test
  void anUnknownFieldOrValueIsNamed() throws IOException {
    assertThat(problemOf(VALID.replace("field: skinType", "field: skinTone")))
        .contains("step 'skin': unknown field 'skinTone'");
    assertThat(problemOf(VALID.replace("value: DRY}", "value: VERY_DRY}")))
        .contains("step 'skin': option 'dry' has unknown value 'VERY_DRY'");
  }

  @Test
  void anUnknownStepTypeOrAnUnquotedYesIsExplained() throws IOException {
    assertThat(problemOf(VALID.replace("type: number", "type: slider")))
        .contains("steps.age.type: unknown step type 'slider'");
    assertThat(problemOf(VALID.replace("id: agree", "id: yes")))
        .contains("steps.consent.options[0].id: must be text, found true (put it in quotes)");
  }

  @Test
  void invalidYamlNamesTheFile() throws IOException {
    assertThat(problemOf("id: [unclosed")).startsWith("dialogs/broken.yaml: is not valid YAML");
  }

  @Test
  void theApplicationRefusesToStartOnABrokenDialogNamingFileAndStep() {
    assertThatThrownBy(() -> DialogFiles.load(Path.of("src/test/resources/dialogs-broken"),
        new DialogValidator(ProfileFields.SCHEMA, Fixtures.messages())))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("dialogs-broken/pre-consultation.yaml: step 'goal'");
  }
}
