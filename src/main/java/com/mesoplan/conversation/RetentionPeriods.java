package com.mesoplan.conversation;

import java.time.Period;
import java.util.Objects;

/**
 * How long mesoplan keeps what, as the clinic configured it; /privacy tells the person these
 * very values.
 *
 * @param abandoned an idle conversation, once the person is not (or no longer) in follow-up
 * @param followUpEnds a follow-up ends by itself this long after its last planned session
 * @param safetyRecords a plan paused for safety is kept this long after the pause
 * @param auditTrail an entry of the audit trail
 */
public record RetentionPeriods(Period abandoned, Period followUpEnds, Period safetyRecords,
    Period auditTrail) {

  public RetentionPeriods {
    Objects.requireNonNull(abandoned);
    Objects.requireNonNull(followUpEnds);
    Objects.requireNonNull(safetyRecords);
    Objects.requireNonNull(auditTrail);
  }
}
