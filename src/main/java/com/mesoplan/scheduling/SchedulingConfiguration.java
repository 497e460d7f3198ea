package com.mesoplan.scheduling;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.mesoplan.conversation.Nudges;
import com.mesoplan.followup.Nudge;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The one task type, "nudge", and the schedule built on it. */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

  static final String NUDGE = "nudge";

  @Bean
  OneTimeTask<NudgeTask> nudgeTask(ObjectProvider<Nudges> nudges) {
    return Tasks.oneTime(NUDGE, NudgeTask.class).execute((instance, context) -> {
      NudgeTask data = instance.getData();
      nudges.getObject().fire(data.chatId(), Nudge.Kind.valueOf(data.kind()), data.session(),
          LocalDate.parse(data.sessionDate()));
    });
  }

  @Bean
  DbSchedulerNudges nudgeSchedule(ObjectProvider<SchedulerClient> scheduler,
      OneTimeTask<NudgeTask> nudgeTask, JdbcClient jdbc) {
    return new DbSchedulerNudges(scheduler, nudgeTask, jdbc);
  }
}
