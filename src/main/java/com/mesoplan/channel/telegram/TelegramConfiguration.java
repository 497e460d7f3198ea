package com.mesoplan.channel.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mesoplan.clinic.Clinic;
import com.mesoplan.config.InvalidConfigurationException;
import com.mesoplan.conversation.ChatJoining;
import com.mesoplan.conversation.ChatLinks;
import com.mesoplan.conversation.StaffCommands;
import com.mesoplan.conversation.ConversationService;
import com.mesoplan.i18n.Messages;
import com.mesoplan.messaging.BlockedChats;
import com.mesoplan.messaging.ChannelMetrics;
import com.mesoplan.messaging.Inbox;
import com.mesoplan.messaging.InboxDispatcher;
import com.mesoplan.messaging.Outbox;
import com.mesoplan.messaging.OutboxSender;
import com.mesoplan.messaging.UpdateIntake;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Wires the Telegram channel when {@code TELEGRAM_BOT_TOKEN} is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelegramSettings.class)
@ConditionalOnExpression("'${telegram.bot-token:}' != ''")
class TelegramConfiguration {

  /** What Telegram allows in a secret token, at a length that cannot be guessed. */
  static final String SECRET_PATTERN = "[A-Za-z0-9_-]{16,256}";

  /**
   * Reads updates and writes methods. Telegram adds fields over time (they are ignored), but a
   * body with anything after the update, nesting deeper than any update, or a string longer than
   * a webhook body may be is not an update.
   */
  @Bean
  ObjectMapper telegramJson() {
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints
        .builder().maxNestingDepth(64).maxStringLength(1_000_000).build()).build();
    return new ObjectMapper(factory)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
  }

  @Bean
  OkHttpClient telegramHttp(TelegramSettings settings) {
    // OkHttp runs at most 5 calls to one host at once (every call here goes to one host)
    Dispatcher calls = new Dispatcher();
    calls.setMaxRequestsPerHost(calls.getMaxRequests());
    // and keeps 5 idle connections: calls beyond them would each open a connection of their own
    ConnectionPool connections = new ConnectionPool(calls.getMaxRequests(), 5, TimeUnit.MINUTES);
    return new OkHttpClient.Builder().dispatcher(calls).connectionPool(connections)
        .readTimeout(Duration.ofSeconds(settings.pollTimeoutSeconds() + 15L))
        .connectTimeout(Duration.ofSeconds(10)).build();
  }

  @Bean
  TelegramClient telegramClient(TelegramSettings settings, ObjectMapper telegramJson,
      OkHttpClient telegramHttp) {
    if (settings.webhookMode() && !settings.webhookSecret().matches(SECRET_PATTERN)) {
      throw new InvalidConfigurationException("the environment", (settings.webhookSecret()
          .isBlank() ? "TELEGRAM_WEBHOOK_URL is set but TELEGRAM_WEBHOOK_SECRET is empty; "
              : "TELEGRAM_WEBHOOK_SECRET is too short or has characters Telegram does not "
                  + "allow; ")
          + "a webhook needs a secret nobody can guess. Set TELEGRAM_WEBHOOK_SECRET to "
          + "16-256 characters of A-Z, a-z, 0-9, _ and - (openssl rand -hex 32)");
    }
    return new OkHttpTelegramClient(telegramJson, telegramHttp, settings.botToken(),
        url(settings));
  }

  /** Where the Bot API's methods are: {@code <scheme>://<host>:<port>/bot<token>/}. */
  static String methodsUrl(TelegramSettings settings) {
    TelegramUrl url = url(settings);
    return url.getSchema() + "://" + url.getHost() + ":" + url.getPort() + "/bot"
        + settings.botToken() + "/";
  }

  static TelegramUrl url(TelegramSettings settings) {
    URI uri = URI.create(settings.apiUrl());
    int port = uri.getPort() > 0 ? uri.getPort() : ("http".equals(uri.getScheme()) ? 80 : 443);
    return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
  }

  @Bean
  Inbox telegramInbox(JdbcTemplate jdbc, Clock clock) {
    return new Inbox(jdbc, UpdateProcessor.CHANNEL, clock);
  }

  @Bean
  TelegramSending telegramSending(ObjectMapper telegramJson, TelegramCalls calls,
      ChatScreen screen, TelegramSettings settings) {
    return new TelegramSending(telegramJson, calls, screen, settings);
  }

  @Bean
  Outbox<Outgoing> telegramOutbox(JdbcClient jdbc, TelegramSending sending, Clock clock) {
    return new Outbox<>(jdbc, sending, clock);
  }

  @Bean
  ChannelMetrics telegramMetrics(MeterRegistry registry, Inbox telegramInbox,
      Outbox<Outgoing> telegramOutbox) {
    return new ChannelMetrics(registry, UpdateProcessor.CHANNEL, telegramInbox, telegramOutbox);
  }

  @Bean
  TelegramJoinLinks telegramJoinLinks(TelegramClient client) {
    return new TelegramJoinLinks(client);
  }

  @Bean
  TelegramHealth telegramHealthIndicator(TelegramClient client, Clock clock) {
    return new TelegramHealth(client, clock);
  }

  @Bean
  TelegramPersonalData telegramPersonalData(JdbcClient jdbc, TelegramContacts contacts) {
    return new TelegramPersonalData(jdbc, contacts);
  }

  @Bean
  TelegramContacts telegramContacts(JdbcClient jdbc, Clock clock) {
    return new TelegramContacts(jdbc, clock);
  }

  @Bean
  TelegramCalls telegramCalls(TelegramClient client, OkHttpClient telegramHttp,
      ObjectMapper telegramJson, TelegramSettings settings) {
    return new TelegramCalls(client, telegramHttp, telegramJson, methodsUrl(settings));
  }

  @Bean
  ChatScreen chatScreen(JdbcClient jdbc, TransactionTemplate transaction) {
    return new ChatScreen(jdbc, transaction);
  }

  @Bean
  OutboxSender<Outgoing> telegramSender(Outbox<Outgoing> telegramOutbox, BlockedChats blocked,
      TelegramSending sending, Clock clock, ChannelMetrics telegramMetrics,
      @Value("${spring.datasource.url:}") String databaseUrl) {
    // an embedded H2 file is open in one process only: no other instance can hold a lease
    return new OutboxSender<>(telegramOutbox, blocked, sending, clock, telegramMetrics,
        databaseUrl.startsWith("jdbc:h2:"));
  }

  @Bean
  TelegramNotifier telegramNotifier(OutboxSender<Outgoing> telegramSender, Clinic clinic) {
    return new TelegramNotifier(telegramSender, clinic.staffChatId());
  }

  @Bean
  InboxDispatcher<Update> telegramDispatcher(Inbox telegramInbox, BlockedChats blocked,
      ConversationService conversations, Messages messages, TelegramCalls calls,
      ObjectMapper telegramJson, TransactionTemplate transaction,
      OutboxSender<Outgoing> telegramSender, StaffCommands staffCommands, Clinic clinic,
      ChannelMetrics telegramMetrics, Clock clock, TelegramContacts contacts,
      ChatScreen screen, ChatLinks links, ChatJoining joining) {
    UpdateProcessor processor = new UpdateProcessor(telegramSender, blocked, conversations,
        messages, calls, telegramJson, new UpdateProcessor.Staff(staffCommands,
            clinic.staffChatId(), clinic.staffIds()), contacts, screen, links, joining);
    // Telegram keeps an undelivered update for 24 hours; an id older than that cannot return
    return new InboxDispatcher<>(UpdateProcessor.CHANNEL, telegramInbox, processor, transaction,
        3, telegramMetrics, clock, Duration.ofHours(25));
  }

  @Bean(destroyMethod = "stop")
  UpdateIntake<Update> telegramIntake(Inbox telegramInbox, TransactionTemplate transaction,
      InboxDispatcher<Update> telegramDispatcher, ChannelMetrics telegramMetrics) {
    return new UpdateIntake<>(UpdateProcessor.CHANNEL, telegramInbox, transaction,
        telegramDispatcher, telegramMetrics, TelegramUpdates.IN_ORDER);
  }

  @Bean
  TelegramUpdates telegramUpdates(UpdateIntake<Update> telegramIntake,
      ObjectMapper telegramJson) {
    return new TelegramUpdates(telegramIntake, telegramJson);
  }

  @Bean
  @ConditionalOnExpression("'${telegram.webhook-url:}' != ''")
  ServletRegistrationBean<WebhookServlet> telegramWebhook(TelegramUpdates intake,
      TelegramSettings settings) {
    ServletRegistrationBean<WebhookServlet> webhook =
        new ServletRegistrationBean<>(new WebhookServlet(intake, settings), settings.webhookPath());
    webhook.setName("telegramWebhook");
    return webhook;
  }

  @Bean
  TelegramChannel telegramChannel(TelegramClient client, TelegramSettings settings,
      Messages messages, TelegramUpdates intake, InboxDispatcher<Update> telegramDispatcher,
      OutboxSender<Outgoing> telegramSender) {
    return new TelegramChannel(client, settings, messages,
        new LongPolling(client, intake, settings.pollTimeoutSeconds()), telegramDispatcher,
        telegramSender);
  }
}
