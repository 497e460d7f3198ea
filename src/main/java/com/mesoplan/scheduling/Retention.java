package com.mesoplan.scheduling;

import com.mesoplan.conversation.AuditTrail;
import com.mesoplan.conversation.FollowUpService;
import com.mesoplan.conversation.OwnData;
import com.mesoplan.conversation.RetentionPeriods;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps data no longer than the person is told in /privacy. A follow-up ends by itself some time
 * after its last planned session; a conversation left alone for longer than the retention period
 * is erased everywhere, unless the person is in treatment (follow-up running or paused by them),
 * counting from the end of their follow-up if that is later; a plan paused for safety is a
 * safety record, erased once the clinic's record period has passed; audit entries are forgotten
 * after their own period. Each person is erased in a transaction of their own.
 */
final class Retention {

  private static final Logger log = LoggerFactory.getLogger(Retention.class);

  private final JdbcClient jdbc;
  private final OwnData ownData;
  private final FollowUpService followUps;
  private final RetentionPeriods periods;
  private final TransactionTemplate transaction;
  private final Clock clock;

  Retention(JdbcClient jdbc, OwnData ownData, FollowUpService followUps,
      RetentionPeriods periods, TransactionTemplate transaction, Clock clock) {
    this.jdbc = jdbc;
    this.ownData = ownData;
    this.followUps = followUps;
    this.periods = periods;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** One pass of every rule; returns how many people were erased. */
  int eraseExpired() {
    endFinishedFollowUps();
    int erased = erase(abandoned(), "idle for more than " + periods.abandoned())
        + erase(oldSafetyRecords(), "kept as safety records for " + periods.safetyRecords());
    int forgotten = jdbc.sql("delete from audit where at < ?")
        .param(before(periods.auditTrail())).update();
    if (forgotten > 0) {
      log.info("forgot {} audit entries older than {}", forgotten, periods.auditTrail());
    }
    return erased;
  }

  private void endFinishedFollowUps() {
    List<String> running = jdbc.sql(
        "select chat_id from follow_up where status in ('ACTIVE', 'PAUSED')")
        .query(String.class).list();
    int ended = 0;
    for (String chatId : running) {
      try {
        Boolean over = transaction.execute(
            status -> followUps.endIfOver(chatId, periods.followUpEnds()));
        ended += Boolean.TRUE.equals(over) ? 1 : 0;
      } catch (RuntimeException e) {
        // one unreadable plan must not keep everyone else's data past its time
        log.warn("a follow-up could not be checked for its end: {}", e.getClass().getName());
      }
    }
    if (ended > 0) {
      log.info("ended {} follow-ups whose last session was more than {} ago", ended,
          periods.followUpEnds());
    }
  }

  private List<String> abandoned() {
    Timestamp cutoff = before(periods.abandoned());
    return jdbc.sql("""
        select c.chat_id from conversation c
        where c.updated_at < ?
          and not exists (select 1 from follow_up f where f.chat_id = c.chat_id
                          and (f.status <> 'STOPPED' or f.updated_at >= ?))""")
        .params(cutoff, cutoff).query(String.class).list();
  }

  private List<String> oldSafetyRecords() {
    return jdbc.sql("select chat_id from follow_up where status = 'SAFETY_PAUSE' and updated_at < ?")
        .param(before(periods.safetyRecords())).query(String.class).list();
  }

  private int erase(List<String> chats, String why) {
    for (String chatId : chats) {
      transaction.executeWithoutResult(status -> ownData.erase(chatId, AuditTrail.RETENTION));
    }
    if (!chats.isEmpty()) {
      log.info("erased {} people {}", chats.size(), why);
    }
    return chats.size();
  }

  private Timestamp before(Period period) {
    return Timestamp.from(Instant.now(clock).atZone(clock.getZone()).minus(period).toInstant());
  }
}
