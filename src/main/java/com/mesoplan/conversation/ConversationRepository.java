package com.mesoplan.conversation;

import java.util.Optional;

/** Where conversations are kept between turns and across restarts. */
public interface ConversationRepository {

  Optional<Conversation> find(String chatId);

  /**
   * Stores the conversation if nobody else stored it since it was read (its version still
   * matches); returns it with the next version.
   *
   * @throws ConcurrentTurnException when another turn got there first
   */
  Conversation save(Conversation conversation);

  void delete(String chatId);
}
