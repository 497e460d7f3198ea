package com.mesoplan.followup;

import java.util.Objects;
import java.util.Set;

/** What the person reports a day or more after a session. */
public record CheckInReport(
    int daysSinceSession, Set<Symptom> symptoms, int symptomDays, Progress progress,
    int sessionsDone) {

  public CheckInReport {
    if (daysSinceSession < 0 || symptomDays < 0 || sessionsDone < 0) {
      throw new IllegalArgumentException("days and sessions cannot be negative");
    }
    symptoms = Set.copyOf(symptoms);
    Objects.requireNonNull(progress, "progress");
  }
}
