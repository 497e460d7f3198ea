package com.mesoplan.conversation;

import java.util.List;
import java.util.Optional;

/** Where follow-ups are kept. */
public interface FollowUpStore {

  Optional<FollowUp> find(String chatId);

  void save(FollowUp followUp);

  /** Everyone whose follow-up is not stopped, the most recently changed first. */
  List<FollowUp> notStopped();
}
