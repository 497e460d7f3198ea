package com.mesoplan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mesoplan.MesoplanApplication;
import com.mesoplan.conversation.ConversationService;
import com.mesoplan.conversation.Incoming;
import com.mesoplan.conversation.StaffLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With an encryption key the H2 file holds nothing readable; without one the same answers can
 * be found in its bytes (which shows the search works). The data folder is its owner's alone.
 */
class EncryptedDatabaseIT {

  private static final String KEY = "0123456789abcdef-test-key";
  private static final String MARKER = "Quirinus Secretname";

  @TempDir
  Path dataDir;

  private ConfigurableApplicationContext start(Path folder, String... extra) {
    String[] base = {"--server.port=0", "--management.server.port=0",
        "--mesoplan.console=false", "--mesoplan.data-dir=" + folder};
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return new SpringApplicationBuilder(MesoplanApplication.class).run(args);
  }

  /** A typed answer (a campaign the person came from) and a shared summary with a name. */
  private static void storePersonalData(ConfigurableApplicationContext app) {
    app.getBean(ConversationService.class).handle("console:enc",
        new Incoming.Command("start", "SecretCampaignXyz"), Optional.of("en"));
    app.getBean(StaffLog.class).lead("console:enc", "Summary of " + MARKER);
  }

  private static String fileText(Path folder) throws IOException {
    return new String(Files.readAllBytes(folder.resolve("mesoplan.mv.db")),
        StandardCharsets.ISO_8859_1);
  }

  @Test
  void withAKeyNoAnswerCanBeFoundInTheFile() throws IOException {
    Path encrypted = dataDir.resolve("encrypted");
    try (ConfigurableApplicationContext app = start(encrypted,
        "--mesoplan.db.encryption-key=" + KEY)) {
      storePersonalData(app);
    }
    assertThat(fileText(encrypted)).startsWith("H2encrypt").doesNotContain("Secretname")
        .doesNotContain("SecretCampaignXyz").doesNotContain("console:enc");
    try (ConfigurableApplicationContext app = start(encrypted,
        "--mesoplan.db.encryption-key=" + KEY)) {
      assertThat(app.getBean(StaffLog.class).recentLeads(1).get(0).summary()).contains(MARKER);
    }

    Path plain = dataDir.resolve("plain");
    try (ConfigurableApplicationContext app = start(plain)) {
      storePersonalData(app);
    }
    assertThat(fileText(plain)).contains("Secretname").contains("SecretCampaignXyz");
  }

  @Test
  void aFileThatDoesNotMatchTheSettingStopsTheStartSayingWhatToDo() {
    Path encrypted = dataDir.resolve("enc");
    start(encrypted, "--mesoplan.db.encryption-key=" + KEY).close();
    assertThatThrownBy(() -> start(encrypted))
        .hasStackTraceContaining("the database is encrypted; set mesoplan.db.encryption-key");

    Path plain = dataDir.resolve("plain");
    start(plain).close();
    assertThatThrownBy(() -> start(plain, "--mesoplan.db.encryption-key=" + KEY))
        .hasStackTraceContaining("the database was made without encryption");
    assertThatThrownBy(() -> start(dataDir.resolve("short"),
        "--mesoplan.db.encryption-key=short"))
        .hasStackTraceContaining("at least 16 characters");
  }

  @Test
  void theDataFolderIsReadableByItsOwnerOnly() throws IOException {
    Path folder = dataDir.resolve("fresh");
    start(folder).close();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
        .isEqualTo("rwx------");
    Path open = Files.createDirectories(dataDir.resolve("open"));
    Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
    start(open).close();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(open)))
        .isEqualTo("rwx------");
  }
}
