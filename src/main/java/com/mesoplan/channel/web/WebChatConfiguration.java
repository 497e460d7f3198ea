package com.mesoplan.channel.web;

import com.mesoplan.conversation.ChatJoining;
import com.mesoplan.conversation.ConversationService;
import com.mesoplan.messaging.BlockedChats;
import com.mesoplan.messaging.ChannelMetrics;
import com.mesoplan.messaging.Inbox;
import com.mesoplan.messaging.InboxDispatcher;
import com.mesoplan.messaging.Outbox;
import com.mesoplan.messaging.OutboxSender;
import com.mesoplan.messaging.UpdateIntake;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import tools.jackson.databind.json.JsonMapper;

/** Wires the website chat, on unless {@code MESOPLAN_WEB_CHAT=false}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebChatSettings.class)
@ConditionalOnProperty(name = "mesoplan.web-chat.enabled", havingValue = "true",
    matchIfMissing = true)
class WebChatConfiguration {

  /**
   * Anyone may use the chat (it is for the public, and a chat's key is its only credential); the
   * websites in {@code MESOPLAN_WEB_CHAT_ORIGINS} may call it from their pages. No cookie is
   * used, so there is nothing for CSRF to protect.
   */
  @Bean
  @Order(2)
  SecurityFilterChain webChatAccess(HttpSecurity http, WebChatSettings settings)
      throws Exception {
    CorsConfiguration cors = new CorsConfiguration();
    cors.setAllowedOrigins(settings.allowedOrigins());
    cors.setAllowedMethods(List.of("GET", "POST"));
    cors.setAllowedHeaders(List.of("Content-Type"));
    cors.setAllowCredentials(false);
    cors.setMaxAge(Duration.ofHours(1));
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    source.registerCorsConfiguration("/chat/**", cors);
    return http
        .securityMatcher("/chat", "/chat/**")
        .cors(c -> c.configurationSource(source))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .logout(logout -> logout.disable())
        .headers(headers -> headers.frameOptions(frame -> frame.deny()))
        .authorizeHttpRequests(rules -> rules
            .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
            .anyRequest().permitAll())
        .build();
  }

  @Bean
  Inbox webInbox(JdbcTemplate jdbc, Clock clock) {
    return new Inbox(jdbc, WebChats.CHANNEL, clock);
  }

  @Bean
  WebTranscript webTranscript(JdbcClient jdbc, JsonMapper json, Clock clock) {
    return new WebTranscript(jdbc, json, clock);
  }

  @Bean
  WebStreams webStreams(WebTranscript transcript, JsonMapper json, WebChatSettings settings) {
    return new WebStreams(transcript, json, settings.mostStreams());
  }

  @Bean
  WebSending webSending(JsonMapper json, WebTranscript transcript, WebStreams streams) {
    return new WebSending(json, transcript, streams);
  }

  @Bean
  Outbox<WebCall> webOutbox(JdbcClient jdbc, WebSending sending, Clock clock) {
    return new Outbox<>(jdbc, sending, clock);
  }

  @Bean
  ChannelMetrics webMetrics(MeterRegistry registry, Inbox webInbox, Outbox<WebCall> webOutbox) {
    return new ChannelMetrics(registry, WebChats.CHANNEL, webInbox, webOutbox);
  }

  @Bean
  OutboxSender<WebCall> webSender(Outbox<WebCall> webOutbox, BlockedChats blocked,
      WebSending sending, Clock clock, ChannelMetrics webMetrics,
      @Value("${spring.datasource.url:}") String databaseUrl) {
    return new OutboxSender<>(webOutbox, blocked, sending, clock, webMetrics,
        databaseUrl.startsWith("jdbc:h2:"));
  }

  @Bean
  InboxDispatcher<WebUpdate> webDispatcher(Inbox webInbox, ConversationService conversations,
      OutboxSender<WebCall> webSender, WebTranscript transcript, WebStreams streams,
      ChatJoining joining, JsonMapper json,
      TransactionTemplate transaction, ChannelMetrics webMetrics, Clock clock) {
    // a browser repeats a message for as long as it has not had an answer: a day is plenty
    return new InboxDispatcher<>(WebChats.CHANNEL, webInbox,
        new WebTurns(conversations, webSender, transcript, streams, joining, json), transaction, 2, webMetrics,
        clock, Duration.ofDays(1));
  }

  @Bean(destroyMethod = "stop")
  UpdateIntake<WebUpdate> webIntake(Inbox webInbox, TransactionTemplate transaction,
      InboxDispatcher<WebUpdate> webDispatcher, ChannelMetrics webMetrics) {
    return new UpdateIntake<>(WebChats.CHANNEL, webInbox, transaction, webDispatcher,
        webMetrics, null);
  }

  @Bean
  WebNotifier webNotifier(OutboxSender<WebCall> webSender) {
    return new WebNotifier(webSender);
  }

  @Bean
  WebContacts webContacts() {
    return new WebContacts();
  }

  /** Starts the website chat's turns and sending with the application, stops them with it. */
  @Bean
  SmartLifecycle webChatChannel(InboxDispatcher<WebUpdate> webDispatcher,
      OutboxSender<WebCall> webSender) {
    return new SmartLifecycle() {
      private volatile boolean running;

      @Override
      public void start() {
        webDispatcher.start();
        webSender.start();
        running = true;
      }

      @Override
      public void stop() {
        running = false;
        webDispatcher.stop();
        webSender.stop();
      }

      @Override
      public boolean isRunning() {
        return running;
      }
    };
  }
}
