package com.mesoplan.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.Databases;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * mesoplan as its own process (the jar this build made), in webhook mode, killed with SIGKILL
 * right after the last of many updates was acknowledged, while turns and sends are still under
 * way; started again on the same database, it finishes every acknowledged update once.
 */
class KilledProcessIT {

  private static final String SECRET = "killed-process-secret";
  private static final List<String> DIALOG = List.of("/start", "3:consent:agree", "40",
      "3:hard-stops:none", "3:cautions:none", "3:goal:deep-wrinkles", "3:severity:moderate",
      "3:skin-type:normal", "3:sensitivity:normal", "3:cocktail:peptides");
  private static final int CHATS = 40;
  private static final AtomicLong UPDATE_IDS = new AtomicLong(900_000_000);

  @TempDir
  Path dataDir;

  @ParameterizedTest
  @ValueSource(strings = {Databases.H2, Databases.POSTGRES})
  void everyAcknowledgedUpdateIsAnsweredOnceAfterAKill(String kind) throws Exception {
    List<String> database = Databases.arguments(kind, dataDir);
    try (FakeBotApi api = new FakeBotApi()) {
      int port = WebhookLoad.freePort();
      Process first = start(api, port, database);
      feed(port);
      first.destroyForcibly().waitFor();
      System.out.printf("killed with %d of %d questions sent%n",
          api.calls().stream().filter(c -> c.method().equals("sendmessage")).count(),
          CHATS * DIALOG.size());

      Process second = start(api, port, database);
      try {
        for (int chat = 0; chat < CHATS; chat++) {
          long chatId = chatId(chat);
          api.await("chat " + chat + " asked its age", a -> a.texts(chatId).stream()
              .anyMatch(t -> t.contains("How much sun does your face get?")), Duration.ofSeconds(60));
        }
        BotHarness.sleepBriefly();
        for (int chat = 0; chat < CHATS; chat++) {
          List<String> texts = api.texts(chatId(chat));
          assertThat(texts).noneMatch(t -> t.contains("belongs to an earlier question"));
          for (int question = 1; question <= DIALOG.size(); question++) {
            String progress = "Question " + question + " of";
            assertThat(texts).as("chat %d, question %d", chat, question)
                .anyMatch(t -> t.contains(progress));
          }
          assertThat(texts.get(texts.size() - 1)).contains("How much sun does your face get?");
        }
      } finally {
        second.destroy();
        second.waitFor();
      }
    }
  }

  private static long chatId(int chat) {
    return 7_000_000_000L + chat;
  }

  /** Every chat's dialog over eight connections; returns once all of it is acknowledged. */
  private static void feed(int port) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    URI hook = URI.create("http://127.0.0.1:" + port + "/telegram/webhook");
    ExecutorService senders = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int w = 0; w < 8; w++) {
        int worker = w;
        work.add(senders.submit(() -> {
          for (String answer : DIALOG) {
            for (int chat = worker; chat < CHATS; chat += 8) {
              long id = UPDATE_IDS.getAndIncrement();
              String update = !answer.contains(":")
                  ? Updates.text(id, chatId(chat), answer, "en")
                  : Updates.press(id, chatId(chat), 1000, "question", answer, "en");
              HttpResponse<Void> response = http.send(HttpRequest.newBuilder(hook)
                  .header("Content-Type", "application/json")
                  .header(WebhookServlet.SECRET_HEADER, SECRET)
                  .POST(HttpRequest.BodyPublishers.ofString(update)).build(),
                  HttpResponse.BodyHandlers.discarding());
              assertThat(response.statusCode()).isEqualTo(200);
            }
          }
          return null;
        }));
      }
      for (Future<?> each : work) {
        each.get();
      }
    } finally {
      senders.shutdownNow();
    }
  }

  private Process start(FakeBotApi api, int port, List<String> database) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"),
        "bin", "java").toString(), "-Xmx256m", "-jar", jar().toString(),
        "--server.port=" + port, "--management.server.port=0", "--mesoplan.console=false",
        "--telegram.bot-token=123:KILLED", "--telegram.api-url=" + api.url(),
        "--telegram.webhook-url=https://bot.example/hook", "--telegram.webhook-secret=" + SECRET,
        "--telegram.messages-per-second=10000", "--telegram.chat-messages-per-second=1000",
        "--telegram.chat-burst=1000",
        "--logging.level.root=warn"));
    command.addAll(database);
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("mesoplan.out").toFile()))
        .start();
    WebhookLoad.awaitLive(port, process, dataDir.resolve("mesoplan.out"));
    return process;
  }

  private static Path jar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(f -> f.getFileName().toString().matches("mesoplan-.*\\.jar"))
          .findFirst().orElseThrow(() -> new IllegalStateException(
              "no mesoplan jar in target/: this test runs after the package phase"));
    }
  }
}
