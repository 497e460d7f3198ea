package com.mesoplan.channel.console;

import com.mesoplan.conversation.PersonalData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The files the terminal chat saved for its person (the plan's picture, the calendar, the
 * export) under {@code <data-dir>/files}: listed in the export, and deleted with the rest of the
 * person's data by /delete, the API and retention.
 */
@Component
final class SavedFiles implements PersonalData {

  private final Path folder;

  SavedFiles(Environment environment) {
    this.folder = Path.of(environment.getProperty("mesoplan.data-dir", "./data"), "files");
  }

  Path folder() {
    return folder;
  }

  @Override
  public String name() {
    return "filesSavedInTheTerminal";
  }

  @Override
  public Map<String, Object> export(String chatId) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (chatId.equals(ConsoleChat.CHAT_ID)) {
      out.put("files", files().stream().map(f -> f.getFileName().toString()).sorted().toList());
    }
    return out;
  }

  @Override
  public void erase(String chatId) {
    if (!chatId.equals(ConsoleChat.CHAT_ID)) {
      return;
    }
    for (Path file : files()) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException("a saved file could not be erased: " + file, e);
      }
    }
  }

  private List<Path> files() {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> all = Files.list(folder)) {
      return all.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
