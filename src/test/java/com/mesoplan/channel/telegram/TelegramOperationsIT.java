package com.mesoplan.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Liveness and readiness (database and Bot API) on the public port, status only; the Prometheus
 * metrics of the channel on the management port alone.
 */
class TelegramOperationsIT {

  @TempDir
  Path dataDir;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(BotHarness bot, String path) throws Exception {
    return get(((WebServerApplicationContext) bot.app).getWebServer().getPort(), path);
  }

  private HttpResponse<String> getManagement(BotHarness bot, String path) throws Exception {
    return get(Integer.parseInt(bot.app.getEnvironment().getProperty("local.management.port")),
        path);
  }

  private HttpResponse<String> get(int port, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void readyWhenTheDatabaseAndTheBotApiAnswerAndMetricsCountTheTraffic() throws Exception {
    try (FakeBotApi api = new FakeBotApi(); BotHarness bot = new BotHarness(api, dataDir).start()) {
      BotHarness.Person ann = bot.person(9_000_000_001L, "en");
      ann.says("/start");
      ann.says("1");
      assertThat(get(bot, "/livez").statusCode()).isEqualTo(200);
      HttpResponse<String> readiness = get(bot, "/readyz");
      assertThat(readiness.statusCode()).isEqualTo(200);
      assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
      assertThat(get(bot, "/actuator/prometheus").statusCode()).isEqualTo(404);
      assertThat(getManagement(bot, "/actuator/health/readiness").statusCode()).isEqualTo(200);
      String metrics = getManagement(bot, "/actuator/prometheus").body();
      assertThat(metrics).contains("mesoplan_telegram_updates_received_total 2.0")
          .contains("mesoplan_telegram_updates_processed_seconds_count 2")
          .contains("mesoplan_telegram_messages_sent_total{outcome=\"ok\"}")
          .contains("mesoplan_telegram_inbox_depth").contains("mesoplan_telegram_outbox_depth")
          .contains("mesoplan_dialogs_started_total 1.0");
    }
  }

  @Test
  void aBotApiThatIsDownMakesTheInstanceUnreadyButStillAlive() throws Exception {
    try (FakeBotApi api = new FakeBotApi();
        BotHarness bot = new BotHarness(api, dataDir).start("--telegram.api-url=http://127.0.0.1:1")) {
      assertThat(get(bot, "/livez").statusCode()).isEqualTo(200);
      HttpResponse<String> readiness = get(bot, "/readyz");
      assertThat(readiness.statusCode()).isEqualTo(503);
    }
  }
}
