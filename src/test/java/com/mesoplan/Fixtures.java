package com.mesoplan;

import com.mesoplan.clinic.Clinic;
import com.mesoplan.config.ClinicFile;
import com.mesoplan.config.MessageFiles;
import com.mesoplan.config.ProtocolFile;
import com.mesoplan.followup.UrgentContacts;
import com.mesoplan.i18n.Messages;
import com.mesoplan.recommendation.Protocols;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The shipped files and a fixed clock: Monday 23 November 2026. */
public final class Fixtures {

  public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"),
      ZoneOffset.UTC);

  /** The shipped clinic's numbers. */
  public static final UrgentContacts CONTACTS = new UrgentContacts("999", "+44 20 7946 0000");

  private static Protocols protocols;
  private static Messages messages;

  private Fixtures() {}

  public static synchronized Protocols protocols() {
    if (protocols == null) {
      protocols = ProtocolFile.load(Path.of("config", "protocols.yaml"));
    }
    return protocols;
  }

  public static synchronized Messages messages() {
    if (messages == null) {
      messages = MessageFiles.load(Path.of("dialogs", "messages"));
    }
    return messages;
  }

  public static Clinic clinic() {
    return ClinicFile.load(Path.of("config", "clinic.yaml"));
  }

  /**
   * A copy of the shipped {@code config/} under the folder, with a staff chat added to
   * {@code clinic.yaml}; returns the copy's folder.
   */
  public static Path configWithStaffChat(Path folder, long staffChat) throws IOException {
    Path config = Files.createDirectories(folder.resolve("config"));
    Files.copy(Path.of("config", "protocols.yaml"), config.resolve("protocols.yaml"),
        StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(config.resolve("clinic.yaml"), Files.readString(Path.of("config",
        "clinic.yaml")) + "\nstaffChatId: " + staffChat + "\n");
    return config;
  }
}
