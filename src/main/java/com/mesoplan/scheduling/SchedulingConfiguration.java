package com.mesoplan.scheduling;

import com.mesoplan.conversation.UnitOfWork;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.mesoplan.conversation.Nudges;
import com.mesoplan.conversation.FollowUpService;
import com.mesoplan.conversation.OwnData;
import com.mesoplan.conversation.RetentionPeriods;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The one task type, "nudge", and the schedule built on it. */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

  static final String NUDGE = "nudge";

  /** A reminder or check-in fires as one unit of work: its messages and changes, or nothing. */
  @Bean
  OneTimeTask<String> nudgeTask(ObjectProvider<Nudges> nudges, ObjectProvider<UnitOfWork> work) {
    return Tasks.oneTime(NUDGE, String.class).execute((instance, context) -> {
      NudgeTask task = NudgeTask.read(instance.getId());
      work.getObject().run(() -> nudges.getObject().fire(task.chatId(), task.kind(),
          task.session(), task.sessionDate()));
    });
  }

  @Bean
  Retention retention(JdbcClient jdbc, OwnData ownData, FollowUpService followUps,
      RetentionPeriods periods, TransactionTemplate transaction, Clock clock) {
    return new Retention(jdbc, ownData, followUps, periods, transaction, clock);
  }

  /** Every hour, on one instance at a time: end, erase and forget what has run its time. */
  @Bean
  RecurringTask<Void> retentionTask(ObjectProvider<Retention> retention) {
    return Tasks.recurring("retention", FixedDelay.of(Duration.ofHours(1)))
        .execute((instance, context) -> retention.getObject().eraseExpired());
  }

  @Bean
  DbSchedulerNudges nudgeSchedule(ObjectProvider<SchedulerClient> scheduler,
      OneTimeTask<String> nudgeTask, JdbcClient jdbc) {
    return new DbSchedulerNudges(scheduler, nudgeTask, jdbc);
  }
}
