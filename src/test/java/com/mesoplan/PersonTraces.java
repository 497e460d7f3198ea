package com.mesoplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.mesoplan.conversation.AuditTrail;
import com.mesoplan.conversation.ConversationService;
import com.mesoplan.conversation.Incoming;
import com.mesoplan.conversation.StaffLog;
import org.springframework.context.ConfigurableApplicationContext;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Searches a whole database and a folder of files for what is left of a person. */
public final class PersonTraces {

  /** What the person typed in {@link #leaveEverything}: it must be gone with them too. */
  public static final String TYPED = "Zq9Campaign";
  private static final List<String> FINISH = List.of("1", "40", "4", "12", "4", "2", "2", "2",
      "3", "2", "2", "1", "4", "1");

  private PersonTraces() {}

  /** A whole pre-consultation with reminders, sharing, a red flag and an audit entry. */
  public static void leaveEverything(ConfigurableApplicationContext app, String chat) {
    ConversationService conversations = app.getBean(ConversationService.class);
    conversations.handle(chat, new Incoming.Command("start", TYPED), Optional.of("en"));
    for (String line : FINISH) {
      conversations.handle(chat, Incoming.fromLine(line), Optional.of("en"));
    }
    conversations.handle(chat, new Incoming.Pressed(0, "followup", "on"), Optional.of("en"));
    conversations.handle(chat, new Incoming.Pressed(0, "share", "on"), Optional.of("en"));
    app.getBean(StaffLog.class).flag(chat, "SAME_DAY", "Painful lumps");
    app.getBean(AuditTrail.class).record("staff telegram:1", "/leads: summary shown",
        Optional.of(chat));
  }

  /** Every table (from the database's own catalogue) and file holding any of the needles. */
  public static List<String> in(JdbcClient jdbc, Path files, String... needles) throws IOException {
    List<String> found = new ArrayList<>();
    List<String> tables = jdbc.sql("""
        select table_name from information_schema.tables
        where table_schema = current_schema and table_type = 'BASE TABLE'""")
        .query(String.class).list();
    assertThat(tables).hasSizeGreaterThan(8);
    for (String table : tables) {
      for (Map<String, Object> row : jdbc.sql("select * from \"" + table + "\"").query().listOfRows()) {
        for (Object value : row.values()) {
          String text = value instanceof byte[] bytes
              ? new String(bytes, StandardCharsets.ISO_8859_1) : String.valueOf(value);
          for (String needle : needles) {
            if (text.contains(needle)) {
              found.add(table.toLowerCase() + ": " + text);
            }
          }
        }
      }
    }
    if (Files.isDirectory(files)) {
      try (Stream<Path> all = Files.walk(files)) {
        for (Path file : all.filter(Files::isRegularFile).toList()) {
          found.add("file " + file.getFileName());
        }
      }
    }
    return found;
  }
}
