package com.mesoplan.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mesoplan.Databases;
import com.mesoplan.MesoplanApplication;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The whole application on Telegram, against a fake Bot API, driven like a person would. */
final class BotHarness implements AutoCloseable {

  static final Duration WAIT = Duration.ofSeconds(15);
  private static final AtomicLong UPDATE_IDS = new AtomicLong(700_000_000);

  final FakeBotApi api;
  final Path dataDir;
  ConfigurableApplicationContext app;

  BotHarness(FakeBotApi api, Path dataDir) {
    this.api = api;
    this.dataDir = dataDir;
  }

  private List<String> database;

  /** Runs on the given database (several instances can share one). */
  BotHarness on(List<String> databaseArguments) {
    database = databaseArguments;
    return this;
  }

  /** Runs on PostgreSQL instead of the H2 file. */
  BotHarness onPostgres() {
    database = Databases.arguments(Databases.POSTGRES, dataDir);
    return this;
  }

  BotHarness start(String... extra) {
    if (database == null) {
      database = Databases.arguments(Databases.H2, dataDir);
    }
    boolean ownPort = List.of(extra).stream().anyMatch(e -> e.startsWith("--server.port="));
    List<String> args = new ArrayList<>(List.of(ownPort ? "--mesoplan.console=false"
        : "--server.port=0", "--management.server.port=0", "--mesoplan.console=false",
        "--telegram.bot-token=123456:TEST", "--telegram.api-url=" + api.url(),
        "--telegram.poll-timeout-seconds=1"));
    // fast sending unless a test sets its own limits
    for (String limit : List.of("--telegram.chat-messages-per-second=100",
        "--telegram.chat-burst=100")) {
      if (List.of(extra).stream().noneMatch(e -> e.startsWith(limit.split("=")[0] + "="))) {
        args.add(limit);
      }
    }
    args.addAll(database);
    args.addAll(List.of(extra));
    app = new SpringApplicationBuilder(MesoplanApplication.class).run(args.toArray(String[]::new));
    return this;
  }

  void stop() {
    if (app != null) {
      app.close();
      app = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  JdbcClient jdbc() {
    return app.getBean(JdbcClient.class);
  }

  static long nextUpdateId() {
    return UPDATE_IDS.incrementAndGet();
  }

  /** One person in a private chat. */
  final class Person {
    final long chatId;
    final String language;
    final String name;

    Person(long chatId, String language, String name) {
      this.chatId = chatId;
      this.language = language;
      this.name = name;
    }

    int activity() {
      return api.sent("sendmessage", chatId).size() + api.sent("editmessagetext", chatId).size()
          + api.sent("editmessagereplymarkup", chatId).size() + (int) api.calls().stream()
          .filter(c -> c.status() == 200 && c.body().path("raw").asText()
              .contains(String.valueOf(chatId))).count();
    }

    /** Sends an update and waits until the bot has answered it. */
    String deliverAndWait(String update) {
      int before = api.texts(chatId).size();
      int activity = activity();
      api.deliver(update);
      try {
        api.await("a reply in chat " + chatId, a -> activity() > activity, WAIT);
      } catch (AssertionError e) {
        throw new AssertionError(e.getMessage() + "\ninbox: " + jdbc().sql(
            "select delivery, processed_at from inbox").query().listOfRows()
            + "\noutbox: " + jdbc().sql("select id, chat, attempts from outbox")
            .query().listOfRows());
      }
      sleepBriefly();
      List<String> texts = api.texts(chatId);
      return String.join("\n---\n", texts.subList(before, texts.size()));
    }

    String says(String text) {
      return deliverAndWait(Updates.text(nextUpdateId(), chatId, text, language, name));
    }

    /** Presses the newest button with this label (ticks ignored) among the questions sent. */
    String presses(String label) {
      List<FakeBotApi.Call> sends = api.sent("sendmessage", chatId);
      for (int i = sends.size() - 1; i >= 0; i--) {
        JsonNode body = sends.get(i).body();
        for (JsonNode row : body.path("reply_markup").path("inline_keyboard")) {
          for (JsonNode button : row) {
            String text = button.path("text").asText().replace(TelegramReplies.TICK, "");
            if (text.equals(label)) {
              return deliverAndWait(Updates.press(nextUpdateId(), chatId,
                  sends.get(i).messageId(), body.path("text").asText(),
                  button.path("callback_data").asText(), language, name));
            }
          }
        }
      }
      throw new AssertionError("no button '" + label + "' was sent to " + chatId);
    }
  }

  Person person(long chatId, String language) {
    return new Person(chatId, language, "Ann");
  }

  Person person(long chatId, String language, String name) {
    return new Person(chatId, language, name);
  }

  static void sleepBriefly() {
    try {
      Thread.sleep(150);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void assertNoneMissing(List<String> texts, String... expected) {
    String all = String.join("\n", texts);
    for (String e : expected) {
      assertThat(all).contains(e);
    }
  }
}
