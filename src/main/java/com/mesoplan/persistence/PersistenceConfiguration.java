package com.mesoplan.persistence;

import com.mesoplan.conversation.ConversationRepository;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import com.mesoplan.conversation.UnitOfWork;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Wires the database-backed, cached conversation store. */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

  @Bean
  ConversationRepository conversationRepository(JdbcClient jdbc, JsonMapper json, Clock clock,
      @Value("${mesoplan.cache.conversations:100000}") long size,
      @Value("${mesoplan.cache.expiry:PT30M}") Duration expiry) {
    return new CachedConversationRepository(new JdbcConversationRepository(jdbc, json, clock),
        size, expiry);
  }

  @Bean
  JdbcChatLinks chatLinks(JdbcClient jdbc, Clock clock) {
    return new JdbcChatLinks(jdbc, clock);
  }

  @Bean
  JdbcStaffLog staffLog(JdbcClient jdbc, Clock clock) {
    return new JdbcStaffLog(jdbc, clock);
  }

  /** A unit of work is a database transaction: every store is in the one database. */
  @Bean
  UnitOfWork unitOfWork(TransactionTemplate transaction) {
    return new UnitOfWork() {
      @Override
      public <T> T inOne(java.util.function.Supplier<T> work) {
        return transaction.execute(status -> work.get());
      }
    };
  }

  @Bean
  JdbcJourneys journeys(JdbcClient jdbc, Clock clock) {
    return new JdbcJourneys(jdbc, clock);
  }

  @Bean
  JdbcAuditTrail auditTrail(JdbcClient jdbc, Clock clock) {
    return new JdbcAuditTrail(jdbc, clock);
  }

  @Bean
  JdbcFollowUpStore followUpStore(JdbcClient jdbc, Clock clock) {
    return new JdbcFollowUpStore(jdbc, clock);
  }

  @Bean
  JdbcPlanStore planStore(JdbcClient jdbc, JsonMapper json, Clock clock,
      ConversationRepository conversations) {
    return new JdbcPlanStore(jdbc, json, clock, conversations);
  }
}
