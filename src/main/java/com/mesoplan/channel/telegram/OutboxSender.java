package com.mesoplan.channel.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mesoplan.channel.telegram.Outbox.Entry;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Sends the outbox within Telegram's limits (token buckets overall and per chat), one call at a
 * time per chat so replies keep their order. Waits {@code retry_after} on 429, backs off on
 * server and network errors, settles "message is not modified" as done, and stops messaging a
 * person who blocked the bot (403).
 */
final class OutboxSender {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
  private static final int LONGEST_BACKOFF_SECONDS = 60;
  /** Long enough for one call to Telegram; a dead instance's rows are free again after it. */
  private static final Duration LEASE = Duration.ofSeconds(30);
  private static final int BATCH = 20;

  private final Outbox outbox;
  private final BlockedChats blocked;
  private final TelegramCalls calls;
  private final Clock clock;
  private final Bucket overall;
  private final Cache<Long, Bucket> perChat;
  private final TelegramSettings settings;
  private final ChatDrains senders;
  private final Worker scan;
  private volatile boolean running;

  private final TelegramMetrics metrics;

  OutboxSender(Outbox outbox, BlockedChats blocked, TelegramCalls calls, TelegramSettings settings,
      Clock clock, TelegramMetrics metrics) {
    this.metrics = metrics;
    this.outbox = outbox;
    this.blocked = blocked;
    this.calls = calls;
    this.settings = settings;
    this.clock = clock;
    this.overall = Bucket.builder().addLimit(Bandwidth.builder()
        .capacity(settings.messagesPerSecond())
        .refillGreedy(settings.messagesPerSecond(), Duration.ofSeconds(1)).build()).build();
    this.perChat = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(5)).build();
    this.senders = new ChatDrains("telegram-send", 8, this::sendInOrder);
    this.scan = new Worker("telegram-outbox", 250, this::scan);
  }

  void start() {
    running = true;
    scan.start();
  }

  void stop() {
    running = false;
    scan.stop();
    senders.stop();
  }

  /**
   * A call for this chat was stored: it is sent now, or, inside a transaction, once that
   * transaction commits.
   */
  void wake(long chat) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          wakeNow(chat);
        }
      });
    } else {
      wakeNow(chat);
    }
  }

  private void wakeNow(long chat) {
    if (!running) {
      return;
    }
    senders.wake(chat);
  }

  /** Calls due that no one here is sending: stored by another instance, or retried. */
  private boolean scan() {
    for (Entry entry : outbox.due(500)) {
      if (!senders.isBusy(entry.chatId())) {
        wakeNow(entry.chatId());
      }
    }
    return false;
  }

  /**
   * Sends the chat's calls oldest first and stops at the first that cannot go now (not due
   * yet, over a rate limit, held by another instance, or failed); the scan comes back to it.
   */
  private void sendInOrder(long chat) {
    List<Entry> calls = outbox.waiting(chat, BATCH);
    for (Entry entry : calls) {
      if (entry.notBefore().isAfter(Instant.now(clock))
          || !bucketOf(chat).tryConsume(1) || !overall.tryConsume(1)
          || !outbox.lease(entry.id(), LEASE) || !send(entry)) {
        return;
      }
    }
    if (calls.size() == BATCH) {
      senders.wake(chat);
    }
  }

  private Bucket bucketOf(long chatId) {
    return perChat.get(chatId, id -> Bucket.builder().addLimit(Bandwidth.builder()
        .capacity(settings.chatBurst())
        .refillGreedy(settings.chatMessagesPerSecond(), Duration.ofSeconds(1)).build()).build());
  }

  /** Makes the call; says whether it is settled, so the chat's next call may follow. */
  boolean send(Entry entry) {
    if (blocked.isBlocked(entry.chatId())) {
      outbox.dropPending(entry.chatId());
      return false;
    }
    try {
      calls.execute(entry.call());
      outbox.settle(entry.id());
      metrics.sent("ok");
      return true;
    } catch (TelegramApiRequestException e) {
      return failed(entry, e);
    } catch (TelegramApiException e) {
      metrics.sent("error");
      retryLater(entry, backoff(entry));
      return false;
    }
  }

  private boolean failed(Entry entry, TelegramApiRequestException e) {
    Integer code = e.getErrorCode();
    metrics.sent(code == null ? "error" : code == 429 || code == 403 ? String.valueOf(code)
        : "error");
    String description = String.valueOf(e.getApiResponse());
    if (code != null && code == 429) {
      Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
      retryLater(entry, Duration.ofSeconds(after == null ? 1 : after));
      return false;
    }
    if (code != null && code == 403) {
      blocked.set(entry.chatId(), true);
      outbox.dropPending(entry.chatId());
      return false;
    }
    if (code != null && code == 400 && description.contains("message is not modified")) {
      outbox.settle(entry.id());
      return true;
    }
    if (code != null && code >= 400 && code < 500) {
      log.warn("Telegram refused an outgoing {} with {}", entry.call().kind(), code);
      outbox.settle(entry.id());
      return true;
    }
    retryLater(entry, backoff(entry));
    return false;
  }

  private void retryLater(Entry entry, Duration wait) {
    outbox.retryAt(entry.id(), Instant.now(clock).plus(wait));
  }

  private static Duration backoff(Entry entry) {
    return Duration.ofSeconds(Math.min(LONGEST_BACKOFF_SECONDS, 1L << Math.min(entry.attempts(), 6)));
  }
}
