package com.mesoplan.conversation;

import com.mesoplan.followup.AlertLevel;
import com.mesoplan.followup.Symptom;
import java.util.List;
import java.util.Set;

/** Tells the clinic's staff at once what a check-in found. */
public interface StaffAlerts {

  /** Whether alerts reach anyone (a staff chat is configured); if not, the person must act. */
  boolean reachStaff();

  /** Same-day or emergency: the plan is paused; staff must contact the person. */
  void redFlag(String chatId, AlertLevel level, Set<Symptom> symptoms, String language);

  /** Lasting irritation: the next session moved later; staff may want to follow up. */
  void irritation(String chatId, Set<Symptom> symptoms, String language);

  /**
   * A person with open red flags erased their data: staff are told that the flags are gone,
   * and nothing of what the person said.
   */
  void erasedWithOpenFlags(List<Long> flags);
}
