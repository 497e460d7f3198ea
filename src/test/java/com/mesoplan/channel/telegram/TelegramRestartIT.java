package com.mesoplan.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import com.mesoplan.Databases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash between storing and processing a batch, and between storing and sending a reply:
 * the first run stops with work stored and not done, the second run on the same database
 * finishes it, and nothing is lost or doubled.
 */
class TelegramRestartIT {

  @TempDir
  Path dataDir;

  private BotHarness harness(FakeBotApi api, String kind) {
    BotHarness bot = new BotHarness(api, dataDir);
    return kind.equals(Databases.POSTGRES) ? bot.onPostgres() : bot;
  }

  @ParameterizedTest
  @ValueSource(strings = {Databases.H2, Databases.POSTGRES})
  void updatesStoredButNotProcessedAreProcessedOnceAfterARestart(String kind) throws IOException {
    long chat = 6_000_000_001L;
    try (FakeBotApi api = new FakeBotApi()) {
      BotHarness bot = harness(api, kind).start("--telegram.processing=false");
      long first = BotHarness.nextUpdateId();
      api.deliver(Updates.text(first, chat, "/start", "en"));
      api.deliver(Updates.text(BotHarness.nextUpdateId(), chat, "1", "en"));
      api.await("the batch acknowledged", a -> a.confirmedOffset() > first + 1, BotHarness.WAIT);
      assertThat(bot.jdbc().sql("select count(*) from inbox where processed_at is null")
          .query(Long.class).single()).isEqualTo(2);
      assertThat(api.texts(chat)).isEmpty();
      bot.stop();

      bot.start();
      api.await("the reply", a -> a.texts(chat).size() >= 1, BotHarness.WAIT);
      BotHarness.sleepBriefly();
      // the first question was answered before it could be sent: only the second is
      assertThat(api.texts(chat)).singleElement().asString().contains("Question 2 of 14");
      assertThat(bot.jdbc().sql("select count(*) from inbox where processed_at is null")
          .query(Long.class).single()).isZero();
      bot.stop();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {Databases.H2, Databases.POSTGRES})
  void repliesStoredButNotSentAreSentOnceAfterARestart(String kind) throws IOException {
    long chat = 6_000_000_002L;
    try (FakeBotApi api = new FakeBotApi()) {
      BotHarness bot = harness(api, kind).start("--telegram.sending=false");
      api.deliver(Updates.text(BotHarness.nextUpdateId(), chat, "/start", "en"));
      api.await("the reply stored", a -> bot.jdbc()
          .sql("select count(*) from outbox")
          .query(Long.class).single() == 1, BotHarness.WAIT);
      bot.stop();
      assertThat(api.texts(chat)).isEmpty();

      bot.start();
      api.await("the reply", a -> a.texts(chat).size() == 1, BotHarness.WAIT);
      BotHarness.sleepBriefly();
      assertThat(api.texts(chat)).hasSize(1);
      assertThat(bot.jdbc().sql("select count(*) from outbox")
          .query(Long.class).single()).isZero();
      bot.stop();
    }
  }
}
