package com.mesoplan.followup;

import com.mesoplan.i18n.Text;
import com.mesoplan.recommendation.DayRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The answer to a check-in: its level, the next interval and the re-dated remaining sessions
 * (empty when the plan is paused), and the advice to show.
 */
public record CheckInAssessment(
    AlertLevel level, Optional<DayRange> nextIntervalDays, List<LocalDate> nextDates,
    List<Text> advice) {

  public CheckInAssessment {
    nextDates = List.copyOf(nextDates);
    advice = List.copyOf(advice);
  }
}
