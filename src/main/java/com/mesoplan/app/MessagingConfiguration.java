package com.mesoplan.app;

import com.mesoplan.messaging.BlockedChats;
import com.mesoplan.messaging.ChatRecords;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What every channel's messaging shares: blocked chats, and a chat's records for /export. */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

  @Bean
  BlockedChats blockedChats(JdbcClient jdbc, Clock clock) {
    return new BlockedChats(jdbc, clock);
  }

  @Bean
  ChatRecords chatRecords(JdbcClient jdbc) {
    return new ChatRecords(jdbc);
  }
}
