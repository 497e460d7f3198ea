package com.mesoplan.conversation;

import java.time.Instant;
import java.util.List;

/** What the clinic's staff can look up: shared pre-consultations and open red flags. */
public interface StaffLog {

  /** A pre-consultation a person shared. */
  record Lead(long id, String chatId, String summary, Instant at) {}

  /** A red flag from a check-in, open until a staff member marks it handled. */
  record Flag(long id, String chatId, String level, String symptoms, Instant at) {}

  void lead(String chatId, String summary);

  void flag(String chatId, String level, String symptoms);

  List<Lead> recentLeads(int limit);

  List<Flag> openFlags();

  /** Marks a flag handled; false if there is no open flag with that number. */
  boolean handle(long flagId);
}
