package com.mesoplan.scheduling;

import com.mesoplan.conversation.PersonalData;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Erases conversations left alone for longer than the retention period, everywhere their data
 * lives. A person whose follow-up is running or paused is in treatment and is kept.
 */
final class Retention {

  private static final Logger log = LoggerFactory.getLogger(Retention.class);

  private final JdbcClient jdbc;
  private final List<PersonalData> places;
  private final Duration keep;
  private final Clock clock;

  Retention(JdbcClient jdbc, List<PersonalData> places, Duration keep, Clock clock) {
    this.jdbc = jdbc;
    this.places = List.copyOf(places);
    this.keep = keep;
    this.clock = clock;
  }

  /** Erases every abandoned conversation; returns how many. */
  int eraseAbandoned() {
    Timestamp cutoff = Timestamp.from(Instant.now(clock).minus(keep));
    List<String> abandoned = jdbc.sql("""
        select c.chat_id from conversation c
        where c.updated_at < ?
          and not exists (select 1 from follow_up f
                          where f.chat_id = c.chat_id and f.status <> 'STOPPED')""")
        .param(cutoff).query(String.class).list();
    for (String chatId : abandoned) {
      places.forEach(place -> place.erase(chatId));
    }
    if (!abandoned.isEmpty()) {
      log.info("erased {} conversations idle for more than {}", abandoned.size(), keep);
    }
    return abandoned.size();
  }
}
