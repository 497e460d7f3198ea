package com.mesoplan.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the clinic's staff can look up: shared pre-consultations and open red flags. */
public interface StaffLog {

  /**
   * A person's shared pre-consultation: one per person, the newest summary, and when a staff
   * member marked it contacted.
   */
  record Lead(long id, String chatId, String summary, Instant at, Optional<Instant> contacted) {}

  /** A red flag from a check-in, open until a staff member marks it handled. */
  record Flag(long id, String chatId, String level, String symptoms, Instant at) {}

  /** What sharing did to the person's lead. */
  enum Shared { NEW, UPDATED, UNCHANGED }

  /** The person's lead (its number and what sharing did to it). */
  record LeadShared(long id, Shared change) {}

  /** Keeps the person's one lead: made on the first share, updated when the summary changed. */
  LeadShared lead(String chatId, String summary);

  void flag(String chatId, String level, String symptoms);

  List<Lead> recentLeads(int limit);

  /** The person's lead, if they shared their pre-consultation (or it waits for review). */
  Optional<Lead> leadOf(String chatId);

  /** Leads nobody has marked contacted yet, the oldest first. */
  List<Lead> uncontactedLeads(int limit);

  /** Marks a lead contacted; the person it is about, or empty if no lead has that number. */
  Optional<String> contacted(long leadId, String actor);

  List<Flag> openFlags();

  /** The numbers of the person's red flags not yet handled. */
  List<Long> openFlagsOf(String chatId);

  /** Marks a flag handled; the person it was about, or empty if no open flag has that number. */
  Optional<String> handle(long flagId);

  /** A provisional plan waiting for a practitioner to clear or decline it. */
  record Review(long id, String chatId, String cautions, Instant at) {}

  /** An open case of the clinic's, red flag or review, as its number finds it. */
  record Case(long id, String chatId, Kind kind) {
    /** What the case is about. */
    public enum Kind { RED_FLAG, PLAN_REVIEW }
  }

  /** Keeps the person's one open review of their provisional plan; returns its number. */
  long review(String chatId, String cautions);

  List<Review> openReviews();

  /** Closes an open case, red flag or review; empty if no open case has that number. */
  Optional<Case> settle(long id);
}
