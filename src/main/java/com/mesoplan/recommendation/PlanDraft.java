package com.mesoplan.recommendation;

import com.mesoplan.i18n.Text;
import java.util.ArrayList;
import java.util.List;

/** The numbers of a plan while factors and guards move them, with the reason for each move. */
final class PlanDraft {

  DayRange loadingSessions;
  DayRange loadingIntervalDays;
  DayRange maintenanceDays;
  final List<Text> reasons = new ArrayList<>();

  PlanDraft(BaseProtocol base) {
    loadingSessions = base.loadingSessions();
    loadingIntervalDays = base.loadingIntervalDays();
    maintenanceDays = base.maintenanceDays();
  }

  /** Applies one factor's adjustment and records a reason for each number it moved. */
  void adjust(Object factor, Adjustment adjustment) {
    if (adjustment.loadingSessions() != 0) {
      loadingSessions = loadingSessions.plus(adjustment.loadingSessions());
      reasons.add(moved("reason.loadingSessions", factor, adjustment.loadingSessions()));
    }
    if (adjustment.loadingIntervalDays() != 0) {
      loadingIntervalDays = loadingIntervalDays.plus(adjustment.loadingIntervalDays());
      reasons.add(moved("reason.loadingInterval", factor, adjustment.loadingIntervalDays()));
    }
    if (adjustment.maintenanceDays() != 0) {
      maintenanceDays = maintenanceDays.plus(adjustment.maintenanceDays());
      reasons.add(moved("reason.maintenance", factor, adjustment.maintenanceDays()));
    }
  }

  private static Text moved(String key, Object factor, int delta) {
    return Text.of(key, "factor", factor, "direction", delta > 0 ? "up" : "down",
        "amount", Math.abs(delta));
  }
}
