package com.mesoplan.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.Databases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Two instances in webhook mode on one PostgreSQL, fed interleaved updates for the same chats:
 * every answer applied once, replies once each and in order per chat.
 */
class TwoInstancesIT {

  private static final String SECRET = "two-instances-secret";
  private static final List<String> ANSWERS = List.of("/start", "1", "40", "4", "12", "4", "2");

  @TempDir
  Path dataDir;

  private final HttpClient http = HttpClient.newHttpClient();

  private void post(BotHarness instance, String update) throws Exception {
    int port = ((WebServerApplicationContext) instance.app).getWebServer().getPort();
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
        .header("Content-Type", "application/json")
        .header(WebhookServlet.SECRET_HEADER, SECRET)
        .POST(HttpRequest.BodyPublishers.ofString(update)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void interleavedUpdatesForTheSameChatsAreAppliedOnceAndAnsweredInOrder() throws Exception {
    List<String> database = Databases.arguments(Databases.POSTGRES, dataDir);
    String[] webhook = {"--telegram.webhook-url=https://bot.example/hook",
        "--telegram.webhook-secret=" + SECRET};
    try (FakeBotApi api = new FakeBotApi();
        BotHarness a = new BotHarness(api, dataDir.resolve("a")).on(database).start(webhook);
        BotHarness b = new BotHarness(api, dataDir.resolve("b")).on(database).start(webhook)) {
      List<Long> chats = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        chats.add(9_100_000_000L + i);
      }
      int turn = 0;
      for (String answer : ANSWERS) {
        for (long chat : chats) {
          BotHarness instance = turn++ % 2 == 0 ? a : b;
          String update = Updates.text(BotHarness.nextUpdateId(), chat, answer, "en");
          post(instance, update);
          if (turn % 5 == 0) {
            post(instance == a ? b : a, update);
          }
        }
      }
      String last = "Question " + ANSWERS.size() + " of 14";
      api.await("every last reply", x -> chats.stream().allMatch(c -> x.texts(c).stream()
          .anyMatch(t -> t.contains(last))), Duration.ofSeconds(60));
      Thread.sleep(500);
      for (long chat : chats) {
        // questions answered before they could be sent are overtaken and never sent; the
        // others arrive once each, in order, the last one last
        List<Integer> asked = api.texts(chat).stream().map(TwoInstancesIT::questionNumber)
            .toList();
        assertThat(asked).as("chat %d", chat).isSorted().doesNotHaveDuplicates()
            .endsWith(ANSWERS.size());
      }
    }
  }

  private static int questionNumber(String text) {
    java.util.regex.Matcher number = java.util.regex.Pattern.compile("Question (\\d+) of 14")
        .matcher(text);
    assertThat(number.find()).as(text).isTrue();
    return Integer.parseInt(number.group(1));
  }
}
