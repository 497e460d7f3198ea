package com.mesoplan.conversation;

import com.mesoplan.recommendation.TreatmentPlan;
import java.util.Map;

/** Files made for a person: the plan's timeline picture, its calendar, and their data export. */
public interface Documents {

  /** A PNG of the sessions on a date axis, loading and maintenance apart, past ones marked. */
  byte[] timeline(TreatmentPlan plan, String language);

  /** An iCalendar file with one event a session, importable into phone calendars. */
  byte[] calendar(TreatmentPlan plan, String language);

  /** Everything stored about a person, as a JSON document. */
  byte[] export(Map<String, Object> data);
}
