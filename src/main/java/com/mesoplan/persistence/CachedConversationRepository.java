package com.mesoplan.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mesoplan.conversation.ConcurrentTurnException;
import com.mesoplan.conversation.Conversation;
import com.mesoplan.conversation.ConversationRepository;
import java.time.Duration;
import java.util.Optional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A bounded, expiring cache in front of the database. The database stays the truth: every save
 * goes there first, and a conflict evicts the entry so the next read sees the stored row.
 */
final class CachedConversationRepository implements ConversationRepository {

  private final ConversationRepository stored;
  private final Cache<String, Conversation> cache;

  CachedConversationRepository(ConversationRepository stored, long maximumSize, Duration expiry) {
    this.stored = stored;
    this.cache = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(expiry).build();
  }

  @Override
  public Optional<Conversation> find(String chatId) {
    Conversation cached = cache.getIfPresent(chatId);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<Conversation> found = stored.find(chatId);
    found.ifPresent(c -> cache.put(chatId, c));
    return found;
  }

  @Override
  public Conversation save(Conversation conversation) {
    try {
      Conversation saved = stored.save(conversation);
      if (TransactionSynchronizationManager.isSynchronizationActive()) {
        keepOnceCommitted(saved);
      } else {
        cache.put(saved.chatId(), saved);
      }
      return saved;
    } catch (ConcurrentTurnException e) {
      cache.invalidate(conversation.chatId());
      throw e;
    }
  }

  @Override
  public void delete(String chatId) {
    stored.delete(chatId);
    cache.invalidate(chatId);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      forgetWhenDone(chatId);
    }
  }

  /**
   * Inside a transaction the row may still roll back: the cache forgets the chat now, and keeps
   * what was saved only once it is committed.
   */
  private void keepOnceCommitted(Conversation saved) {
    cache.invalidate(saved.chatId());
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        cache.put(saved.chatId(), saved);
      }

      @Override
      public void afterCompletion(int status) {
        if (status != STATUS_COMMITTED) {
          cache.invalidate(saved.chatId());
        }
      }
    });
  }

  /**
   * Inside a transaction the row may still roll back: the cache forgets the chat now and again
   * when the transaction ends, so the next read sees what was committed.
   */
  private void forgetWhenDone(String chatId) {
    cache.invalidate(chatId);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCompletion(int status) {
        cache.invalidate(chatId);
      }
    });
  }
}
