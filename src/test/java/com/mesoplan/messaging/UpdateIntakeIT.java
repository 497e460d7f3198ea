package com.mesoplan.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.Databases;
import com.mesoplan.messaging.UpdateIntake.Received;
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

  private UpdateIntake<String> intake;
  private JdbcClient jdbc;
  private Inbox inbox;
  private final RecordingTurns turns = new RecordingTurns();

  /** Takes turns by blocking a chat named after the update; fails for the update it is told. */
  private final class RecordingTurns implements UpdateIntake.Handoff<String> {
    final List<String> taken = new CopyOnWriteArrayList<>();
    final List<String> waiting = new CopyOnWriteArrayList<>();
    volatile String failFor = "";

    @Override
    public boolean taking() {
      return true;
    }

    @Override
    public void take(Received<String> update) {
      jdbc.sql("insert into blocked_chat (chat, blocked_at) values (?, current_timestamp)")
          .param("turn:" + update.update()).update();
      if (update.update().equals(failFor)) {
        throw new IllegalStateException("the turn failed");
      }
      taken.add(update.update());
    }

    @Override
    public void waiting(List<Received<String>> updates) {
      updates.forEach(u -> waiting.add(u.update()));
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
    inbox = new Inbox(template, "test", Clock.systemUTC());
    Outbox<String> outbox = new Outbox<>(jdbc, new TextChannel(), Clock.systemUTC());
    intake = new UpdateIntake<>("test", inbox,
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)), turns,
        new ChannelMetrics(new SimpleMeterRegistry(), "test", inbox, outbox), null);
  }

  /** A channel whose calls are plain texts. */
  static final class TextChannel implements OutboxChannel<String> {
    @Override
    public String name() {
      return "test";
    }

    @Override
    public SendingLimits limits() {
      return new SendingLimits(30, 1, 3, chat -> false, 20);
    }

    @Override
    public String write(String call) {
      return call;
    }

    @Override
    public String read(String body) {
      return body;
    }

    @Override
    public Traits traits(String call) {
      return new Traits(null, null, null, null, false);
    }

    @Override
    public SendResult send(String call) {
      return SendResult.Sent.nothingNew();
    }
  }

  /** An update of a chat, named by its delivery id. */
  private static Received<String> update(String id, String chat) {
    return new Received<>(new Inbox.Delivery(id, "test:" + chat, id), id);
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
    assertThat(intake.store(update("11", "701"))).isTrue();
    assertThat(intake.store(update("11", "701"))).isFalse();

    assertThat(turns.taken).containsExactly("11");
    assertThat(turns.waiting).isEmpty();
    assertThat(inbox.pendingCount()).isZero();
    assertThat(jdbc.sql("select body from inbox where channel = 'test' and delivery = '11'")
        .query(String.class).single()).isEqualTo("{}");
  }

  @ParameterizedTest
  @ValueSource(strings = {Databases.H2, Databases.POSTGRES})
  void anUpdateWhoseChatHasUpdatesWaitingJoinsThemInTheInbox(String kind) throws Exception {
    start(kind);
    inbox.store(update("21", "702").delivery());

    assertThat(intake.store(update("22", "702"))).isTrue();
    assertThat(intake.store(update("23", "703"))).isTrue();

    assertThat(turns.taken).containsExactly("23");
    awaitWaiting(1);
    assertThat(turns.waiting).containsExactly("22");
    assertThat(inbox.pending("test:702", 10)).extracting(Inbox.Pending::delivery)
        .containsExactly("21", "22");
  }

  @ParameterizedTest
  @ValueSource(strings = {Databases.H2, Databases.POSTGRES})
  void aTurnThatFailsLeavesItsUpdateWaitingAndKeepsNothingOfTheTurn(String kind)
      throws Exception {
    start(kind);
    turns.failFor = "31";

    assertThat(intake.store(update("31", "704"))).isTrue();

    assertThat(turns.taken).isEmpty();
    awaitWaiting(1);
    assertThat(turns.waiting).containsExactly("31");
    assertThat(inbox.pending("test:704", 10)).extracting(Inbox.Pending::delivery)
        .containsExactly("31");
    assertThat(jdbc.sql("select count(*) from blocked_chat where chat = 'turn:31'")
        .query(Long.class).single()).isZero();
  }
}
