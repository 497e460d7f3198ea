package com.mesoplan.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mesoplan.channel.telegram.BotHarness.Person;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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
    return bot.jdbc().sql("select count(*) from telegram_inbox").query(Long.class).single();
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
    }
  }
}
