package com.mesoplan.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs each transcript in {@code src/test/resources/transcripts}: {@code > line} is what the
 * person sends; each following {@code < text} must appear in the reply and each {@code <! text}
 * must not. The first line names the device language ({@code # language: ru}).
 */
class TranscriptTest {

  static Stream<Path> transcripts() throws IOException {
    return Files.list(Path.of("src/test/resources/transcripts")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transcripts")
  void replaysTheTranscript(Path transcript) throws IOException {
    List<String> lines = Files.readAllLines(transcript);
    String language = lines.get(0).replace("# language:", "").strip();
    Chats chats = new Chats();
    String reply = "";
    String sent = "";
    for (String line : lines.subList(1, lines.size())) {
      if (line.startsWith("> ")) {
        sent = line.substring(2);
        reply = chats.send("chat-1", sent, language);
      } else if (line.startsWith("<! ")) {
        assertThat(reply).as("reply to '%s'", sent).doesNotContain(line.substring(3));
      } else if (line.startsWith("< ")) {
        assertThat(reply).as("reply to '%s'", sent).contains(line.substring(2));
      } else if (line.equals("= nothing stored")) {
        assertThat(chats.store.size()).as("rows after '%s'", sent).isZero();
      }
    }
  }
}
