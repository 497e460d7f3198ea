package com.mesoplan.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mesoplan.channel.telegram.BotHarness.Person;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** The bot in webhook mode: the secret token guards the endpoint, a stored update is answered. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramWebhookIT {

  private static final String SECRET = "s3cret-Token_1-long-enough";

  @TempDir
  static Path dataDir;
  private FakeBotApi api;
  private BotHarness bot;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void start() throws IOException {
    api = new FakeBotApi();
    bot = new BotHarness(api, dataDir).start("--telegram.webhook-url=https://bot.example/hook",
        "--telegram.webhook-secret=" + SECRET);
  }

  @AfterAll
  void stop() {
    bot.close();
    api.close();
  }

  private HttpResponse<String> post(String body, String secret) throws Exception {
    int port = ((WebServerApplicationContext) bot.app).getWebServer().getPort();
    HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (secret != null) {
      request.header(WebhookServlet.SECRET_HEADER, secret);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private long inboxRows() {
    return bot.jdbc().sql("select count(*) from inbox").query(Long.class).single();
  }

  @Test
  void setsTheWebhookWithTheSecretAndTheUpdateTypes() {
    api.await("setWebhook", a -> a.calls().stream().anyMatch(c -> c.method().equals("setwebhook")),
        BotHarness.WAIT);
    String call = api.calls().stream().filter(c -> c.method().equals("setwebhook")).findFirst()
        .orElseThrow().body().toString();
    assertThat(call).contains(SECRET).contains("https://bot.example/hook")
        .contains("callback_query");
    assertThat(api.calls()).noneMatch(c -> c.method().equals("getupdates"));
  }

  @Test
  void aMissingOrWrongSecretIsRefusedAndNothingIsStored() throws Exception {
    long before = inboxRows();
    String update = Updates.text(BotHarness.nextUpdateId(), 7_000_000_001L, "/start", "en");
    assertThat(post(update, null).statusCode()).isEqualTo(401);
    assertThat(post(update, "wrong").statusCode()).isEqualTo(401);
    assertThat(inboxRows()).isEqualTo(before);
  }

  @Test
  void malformedJsonIsA400() throws Exception {
    assertThat(post("{\"update_id\": ", SECRET).statusCode()).isEqualTo(400);
    assertThat(post("{\"no_update_id\": 1}", SECRET).statusCode()).isEqualTo(400);
  }

  @Test
  void anythingButOneWellFormedUpdateIsA400AndNothingIsStored() throws Exception {
    long before = inboxRows();
    String update = Updates.text(BotHarness.nextUpdateId(), 7_000_000_003L, "/start", "en");
    String deep = "[".repeat(1_000) + "]".repeat(1_000);
    for (String body : List.of(update + " trailing", update + update, update + ",",
        "{\"update_id\": 18446744073709551616}", "{\"update_id\": 1e400}",
        "{\"update_id\": \"12\"x}", update.replace("\"/start\"", deep),
        "{\"update_id\": " + BotHarness.nextUpdateId() + ", \"message\": " + deep + "}")) {
      assertThat(post(body, SECRET).statusCode()).as(body.substring(0, Math.min(60, body.length()))).isEqualTo(400);
    }
    byte[] garbled = update.getBytes(StandardCharsets.UTF_8);
    int at = update.indexOf("/start");
    garbled[at + 1] = (byte) 0xC3;
    garbled[at + 2] = (byte) 0x28;
    assertThat(postBytes(garbled).statusCode()).as("invalid UTF-8").isEqualTo(400);
    assertThat(inboxRows()).isEqualTo(before);
  }

  private HttpResponse<String> postBytes(byte[] body) throws Exception {
    int port = ((WebServerApplicationContext) bot.app).getWebServer().getPort();
    return http.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
        .header("Content-Type", "application/json").header(WebhookServlet.SECRET_HEADER, SECRET)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theRightSecretStoresTheUpdateAndTheBotAnswersOnce() throws Exception {
    Person zoe = bot.person(7_000_000_002L, "en");
    String update = Updates.text(BotHarness.nextUpdateId(), zoe.chatId, "/start", "en");
    assertThat(post(update, SECRET).statusCode()).isEqualTo(200);
    assertThat(post(update, SECRET).statusCode()).isEqualTo(200);
    api.await("the reply", a -> !a.texts(zoe.chatId).isEmpty(), BotHarness.WAIT);
    BotHarness.sleepBriefly();
    assertThat(api.texts(zoe.chatId)).hasSize(1);
    assertThat(api.texts(zoe.chatId).get(0)).contains("Question 1 of 14");
  }

  @Test
  void aWebhookWithoutASecretRefusesToStart() throws IOException {
    try (FakeBotApi other = new FakeBotApi()) {
      BotHarness unsafe = new BotHarness(other, dataDir.resolve("unsafe"));
      assertThatThrownBy(() -> unsafe.start("--telegram.webhook-url=https://bot.example/hook"))
          .hasStackTraceContaining("TELEGRAM_WEBHOOK_URL is set but TELEGRAM_WEBHOOK_SECRET is empty");
      BotHarness guessable = new BotHarness(other, dataDir.resolve("guessable"));
      assertThatThrownBy(() -> guessable.start("--telegram.webhook-url=https://bot.example/hook",
          "--telegram.webhook-secret=abc123_-XYZ"))
          .hasStackTraceContaining("TELEGRAM_WEBHOOK_SECRET is too short")
          .hasStackTraceContaining("16-256 characters");
    }
  }
}
