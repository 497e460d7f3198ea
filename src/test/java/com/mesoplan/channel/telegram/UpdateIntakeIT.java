package com.mesoplan.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mesoplan.Databases;
import com.mesoplan.channel.telegram.UpdateIntake.Received;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The intake against real databases: an update is stored and its turn taken in one transaction;
 * an update whose chat has updates waiting in the inbox joins them; a turn that fails leaves its
 * update waiting in the inbox with nothing of the turn kept; a redelivery changes nothing.
 */
class UpdateIntakeIT {

  @TempDir
  Path dataDir;

  private UpdateIntake intake;
  private JdbcClient jdbc;
  private Inbox inbox;
  private final RecordingTurns turns = new RecordingTurns();

  /** Takes turns by marking the chat in telegram_chat; fails for the update ids it is told. */
  private final class RecordingTurns implements UpdateIntake.Turns {
    final List<Long> taken = new CopyOnWriteArrayList<>();
    final List<Long> waiting = new CopyOnWriteArrayList<>();
    volatile long failFor = -1;

    @Override
    public boolean taking() {
      return true;
    }

    @Override
    public void take(Received update) {
      jdbc.sql("insert into telegram_chat (chat_id, blocked, updated_at) "
          + "values (?, false, current_timestamp)").param(update.updateId()).update();
      if (update.updateId() == failFor) {
        throw new IllegalStateException("the turn failed");
      }
      taken.add(update.updateId());
    }

    @Override
    public void waiting(List<Received> updates) {
      updates.forEach(u -> waiting.add(u.updateId()));
    }
  }

  private void start(String kind) {
    Map<String, String> settings = Databases.arguments(kind, dataDir).stream()
        .filter(a -> a.startsWith("--spring.datasource."))
        .map(a -> a.substring("--spring.datasource.".length()).split("=", 2))
        .collect(Collectors.toMap(a -> a[0], a -> a[1]));
    String url = settings.getOrDefault("url", "jdbc:h2:file:" + dataDir.resolve("intake") + ";DB_CLOSE_DELAY=-1");
    String user = settings.getOrDefault("username", "sa");
    String password = settings.getOrDefault("password", "");
    DriverManagerDataSource dataSource = new DriverManagerDataSource(url, user, password);
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common",
        "classpath:db/migration/" + (kind.equals(Databases.H2) ? "h2" : "postgresql"))
        .load().migrate();
    JdbcTemplate template = new JdbcTemplate(dataSource);
    jdbc = JdbcClient.create(template);
    ObjectMapper json = new ObjectMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    inbox = new Inbox(template, Clock.systemUTC());
    Outbox outbox = new Outbox(jdbc, json, Clock.systemUTC());
    intake = new UpdateIntake(inbox, json,
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)), turns,
        new TelegramMetrics(new SimpleMeterRegistry(), inbox, outbox));
  }

  /** Waiting updates are handed on once their callers have their answer. */
  private void awaitWaiting(int count) throws InterruptedException {
    for (int i = 0; i < 250 && turns.waiting.size() < count; i++) {
      Thread.sleep(20);
    }
  }

  @AfterEach
  void stop() {
    if (intake != null) {
      intake.stop();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {Databases.H2, Databases.POSTGRES})
  void anUpdateIsStoredAsDoneTogetherWithItsTurnAndARedeliveryChangesNothing(String kind)
      throws Exception {
    start(kind);
    String update = Updates.text(11, 701, "/start", "en");

    assertThat(intake.store(update)).isTrue();
    assertThat(intake.store(update)).isFalse();

    assertThat(turns.taken).containsExactly(11L);
    assertThat(turns.waiting).isEmpty();
    assertThat(inbox.pendingCount()).isZero();
    assertThat(jdbc.sql("select body from telegram_inbox where update_id = 11")
        .query(String.class).single()).isEqualTo("{}");
  }

  @ParameterizedTest
  @ValueSource(strings = {Databases.H2, Databases.POSTGRES})
  void anUpdateWhoseChatHasUpdatesWaitingJoinsThemInTheInbox(String kind) throws Exception {
    start(kind);
    inbox.store(21, 702, Updates.text(21, 702, "/start", "en"));

    assertThat(intake.store(Updates.text(22, 702, "1", "en"))).isTrue();
    assertThat(intake.store(Updates.text(23, 703, "/start", "en"))).isTrue();

    assertThat(turns.taken).containsExactly(23L);
    awaitWaiting(1);
    assertThat(turns.waiting).containsExactly(22L);
    assertThat(inbox.pending(702, 10)).extracting(Inbox.Pending::updateId)
        .containsExactly(21L, 22L);
  }

  @ParameterizedTest
  @ValueSource(strings = {Databases.H2, Databases.POSTGRES})
  void aTurnThatFailsLeavesItsUpdateWaitingAndKeepsNothingOfTheTurn(String kind)
      throws Exception {
    start(kind);
    turns.failFor = 31;

    assertThat(intake.store(Updates.text(31, 704, "/start", "en"))).isTrue();

    assertThat(turns.taken).isEmpty();
    awaitWaiting(1);
    assertThat(turns.waiting).containsExactly(31L);
    assertThat(inbox.pending(704, 10)).extracting(Inbox.Pending::updateId).containsExactly(31L);
    assertThat(jdbc.sql("select count(*) from telegram_chat where chat_id = 31")
        .query(Long.class).single()).isZero();
  }
}
