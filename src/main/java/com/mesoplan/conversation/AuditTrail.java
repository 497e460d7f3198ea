package com.mesoplan.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who did what with personal data, and to whom: each staff command and each call to the
 * personal-data API. It never holds a person's answers; once a person is erased, their entries
 * stay (what was done, when, by whom) but no longer name them.
 */
public interface AuditTrail {

  /** One recorded action; {@code person} is empty when it concerned nobody in particular. */
  record Entry(long id, Instant at, String actor, String action, Optional<String> person,
      boolean personErased) {}

  /** The actor when a person acts on their own data. */
  String PERSON = "the person";
  /** The actor when data is erased because its retention period ran out. */
  String RETENTION = "retention";

  void record(String actor, String action, Optional<String> person);

  /** The newest entries first. */
  List<Entry> recent(int limit);

  /** The newest entries about the person first. */
  List<Entry> about(String person, int limit);

  /** The actor of a staff member, as recorded. */
  static String staff(String channelUserId) {
    return "staff " + channelUserId;
  }
}
