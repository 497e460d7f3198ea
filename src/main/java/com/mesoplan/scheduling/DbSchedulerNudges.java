package com.mesoplan.scheduling;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.mesoplan.conversation.NudgeSchedule;
import com.mesoplan.conversation.PersonalData;
import com.mesoplan.followup.Nudge;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reminders and check-ins as db-scheduler one-time tasks. The instance id names chat, kind,
 * session and date, so scheduling the same nudge twice keeps one, and a restart between
 * scheduling and firing fires each once.
 */
final class DbSchedulerNudges implements NudgeSchedule, PersonalData {

  private final ObjectProvider<SchedulerClient> scheduler;
  private final OneTimeTask<String> task;
  private final JdbcClient jdbc;

  DbSchedulerNudges(ObjectProvider<SchedulerClient> scheduler, OneTimeTask<String> task,
      JdbcClient jdbc) {
    this.scheduler = scheduler;
    this.task = task;
    this.jdbc = jdbc;
  }

  @Override
  public void replace(String chatId, List<Nudge> nudges) {
    cancel(chatId);
    for (Nudge nudge : nudges) {
      String id = NudgeTask.of(chatId, nudge).id();
      scheduler.getObject().scheduleIfNotExists(task.instance(id, id), nudge.at());
    }
  }

  @Override
  public void cancel(String chatId) {
    jdbc.sql("delete from scheduled_tasks where task_name = ? and task_instance like ?")
        .params(task.getName(), prefix(chatId)).update();
  }

  private static String prefix(String chatId) {
    return chatId.replace("%", "\\%").replace("_", "\\_") + "|%";
  }

  @Override
  public String name() {
    return "scheduledMessages";
  }

  @Override
  public Map<String, Object> export(String chatId) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("scheduled", jdbc.sql("""
        select task_instance, execution_time from scheduled_tasks
        where task_name = ? and task_instance like ? order by execution_time""")
        .params(task.getName(), prefix(chatId))
        .query((rs, row) -> rs.getString("task_instance").substring(chatId.length() + 1)
            + " at " + rs.getTimestamp("execution_time").toInstant()).list());
    return out;
  }

  @Override
  public void erase(String chatId) {
    cancel(chatId);
  }
}
