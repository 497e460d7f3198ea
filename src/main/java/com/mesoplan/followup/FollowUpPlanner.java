package com.mesoplan.followup;

import com.mesoplan.followup.Nudge.Kind;
import com.mesoplan.recommendation.TreatmentPlan;
import com.mesoplan.recommendation.TreatmentPlan.Phase;
import com.mesoplan.recommendation.TreatmentPlan.ProposedSession;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The reminders and check-ins a plan calls for: a reminder the configured days before each
 * session still ahead, a check-in the configured days after it, and late check-ins weeks after
 * the last loading session and after each maintenance session, at the configured local time in
 * the person's time zone, never in the quiet hours, never in the past.
 */
public final class FollowUpPlanner {

  private final FollowUpSettings settings;
  private final Clock clock;

  public FollowUpPlanner(FollowUpSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** Nudges for the sessions from {@code firstSession} (0-based) on. */
  public List<Nudge> nudges(TreatmentPlan plan, ZoneId zone, int firstSession) {
    List<Nudge> nudges = new ArrayList<>();
    Instant now = clock.instant();
    List<ProposedSession> sessions = plan.sessions();
    for (int i = firstSession; i < sessions.size(); i++) {
      LocalDate date = sessions.get(i).date();
      add(nudges, new Nudge(Kind.REMINDER, i, date,
          at(date.minusDays(settings.reminderDaysBefore()), zone)), now);
      add(nudges, new Nudge(Kind.CHECK_IN, i, date,
          at(date.plusDays(settings.checkInDaysAfter()), zone)), now);
      if (lastLoadingOrMaintenance(sessions, i)) {
        for (int days : settings.lateCheckInDays()) {
          LocalDate day = date.plusDays(days);
          add(nudges, new Nudge(Kind.LATE_CHECK_IN, i, day, at(day, zone)), now);
        }
      }
    }
    return nudges;
  }

  /** Late nodules are checked for after the loading series and after each maintenance session. */
  private static boolean lastLoadingOrMaintenance(List<ProposedSession> sessions, int i) {
    return sessions.get(i).phase() == Phase.MAINTENANCE
        || i + 1 == sessions.size() || sessions.get(i + 1).phase() == Phase.MAINTENANCE;
  }

  private static void add(List<Nudge> nudges, Nudge nudge, Instant now) {
    if (nudge.at().isAfter(now)) {
      nudges.add(nudge);
    }
  }

  /** When a message for this local day goes out; outside the quiet hours in real time. */
  Instant at(LocalDate day, ZoneId zone) {
    if (!settings.realTime()) {
      LocalDate today = LocalDate.now(clock.withZone(zone));
      double days = ChronoUnit.DAYS.between(today, day)
          + settings.timeOfDay().toSecondOfDay() / 86_400.0;
      return clock.instant().plusMillis(Math.round(days * settings.dayLength().toMillis()));
    }
    LocalDateTime local = day.atTime(settings.timeOfDay());
    if (settings.isQuiet(local.toLocalTime())) {
      LocalDateTime end = local.toLocalDate().atTime(settings.quietUntil());
      local = end.isAfter(local) ? end : end.plusDays(1);
    }
    return ZonedDateTime.of(local, zone).toInstant();
  }
}
