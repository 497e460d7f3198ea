package com.mesoplan.conversation;

import java.util.Optional;

/** Where follow-ups are kept. */
public interface FollowUpStore {

  Optional<FollowUp> find(String chatId);

  void save(FollowUp followUp);
}
