package com.mesoplan.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.Fixtures;
import com.mesoplan.conversation.ProfileFields;
import com.mesoplan.dialog.DialogDefinition;
import com.mesoplan.dialog.DialogDiagram;
import com.mesoplan.dialog.DialogValidator;
import com.mesoplan.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/dialogs/<id>.md} (a Mermaid drawing of each dialog) in step with
 * {@code dialogs/}. To redraw after changing a dialog:
 * {@code ./mvnw test -Dtest=DialogDiagramsTest -Dmesoplan.updateDiagrams=true}.
 */
class DialogDiagramsTest {

  static final Path DOCS = Path.of("docs", "dialogs");

  @Test
  void everyDialogHasAnUpToDateDiagramInDocs() throws IOException {
    Messages messages = Fixtures.messages();
    boolean update = Boolean.getBoolean("mesoplan.updateDiagrams");
    for (DialogDefinition dialog : DialogFiles.load(Path.of("dialogs"),
        new DialogValidator(ProfileFields.SCHEMA, messages)).values()) {
      String expected = document(dialog, messages);
      Path file = DOCS.resolve(dialog.id() + ".md");
      if (update) {
        Files.createDirectories(DOCS);
        Files.writeString(file, expected);
      }
      assertThat(file).as("run with -Dmesoplan.updateDiagrams=true to redraw").exists();
      assertThat(Files.readString(file)).as(file + " is out of date; run with "
          + "-Dmesoplan.updateDiagrams=true to redraw").isEqualTo(expected);
    }
  }

  private static String document(DialogDefinition dialog, Messages messages) {
    return "# Dialog `" + dialog.id() + "` (version " + dialog.version() + ")\n\n"
        + "Drawn from `" + dialog.source() + "`; option labels in English. Regenerate with "
        + "`./mvnw test -Dtest=DialogDiagramsTest -Dmesoplan.updateDiagrams=true`.\n\n"
        + "```mermaid\n" + DialogDiagram.mermaid(dialog, key -> messages.render("en", key))
        + "```\n";
  }
}
