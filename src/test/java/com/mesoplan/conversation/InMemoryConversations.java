package com.mesoplan.conversation;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Conversations in a map, with the same version check as the database. */
public final class InMemoryConversations implements ConversationRepository {

  private final Map<String, Conversation> rows = new ConcurrentHashMap<>();

  @Override
  public Optional<Conversation> find(String chatId) {
    return Optional.ofNullable(rows.get(chatId));
  }

  @Override
  public synchronized Conversation save(Conversation c) {
    Conversation current = rows.get(c.chatId());
    long storedVersion = current == null ? 0 : current.version();
    if (storedVersion != c.version()) {
      throw new ConcurrentTurnException(c.version());
    }
    Conversation next = new Conversation(c.chatId(), c.dialog(), c.language(),
        c.languageChosen(), c.source(), c.version() + 1);
    rows.put(c.chatId(), next);
    return next;
  }

  @Override
  public void delete(String chatId) {
    rows.remove(chatId);
  }

  public int size() {
    return rows.size();
  }
}
