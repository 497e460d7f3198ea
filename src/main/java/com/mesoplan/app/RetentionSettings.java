package com.mesoplan.app;

import com.mesoplan.conversation.RetentionPeriods;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long data is kept ({@code MESOPLAN_RETENTION_ABANDONED_AFTER},
 * {@code MESOPLAN_RETENTION_FOLLOW_UP_ENDS_AFTER}, {@code MESOPLAN_RETENTION_SAFETY_RECORDS},
 * {@code MESOPLAN_RETENTION_AUDIT_TRAIL}), as ISO-8601 periods such as {@code P30D}, {@code P3M}
 * or {@code P2Y}.
 */
@ConfigurationProperties("mesoplan.retention")
public record RetentionSettings(
    @DefaultValue("P30D") Duration abandonedAfter,
    @DefaultValue("P90D") Period followUpEndsAfter,
    @DefaultValue("P3Y") Period safetyRecords,
    @DefaultValue("P2Y") Period auditTrail) {

  public RetentionSettings {
    if (abandonedAfter.isNegative() || abandonedAfter.isZero() || abandonedAfter.toHours() % 24 != 0) {
      throw new IllegalArgumentException("mesoplan.retention.abandoned-after must be whole days, "
          + "for example P30D");
    }
    for (Period period : new Period[] {followUpEndsAfter, safetyRecords, auditTrail}) {
      if (period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException("retention periods must be longer than zero");
      }
    }
  }

  RetentionPeriods periods() {
    return new RetentionPeriods(Period.ofDays((int) abandonedAfter.toDays()), followUpEndsAfter,
        safetyRecords, auditTrail);
  }
}
