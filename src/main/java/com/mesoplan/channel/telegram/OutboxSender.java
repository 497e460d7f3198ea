package com.mesoplan.channel.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mesoplan.channel.telegram.Outbox.Entry;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

  private final Outbox outbox;
  private final BlockedChats blocked;
  private final TelegramCalls calls;
  private final Clock clock;
  private final Bucket overall;
  private final Cache<Long, Bucket> perChat;
  private final TelegramSettings settings;
  private final Set<Long> busy = ConcurrentHashMap.newKeySet();
  private final ExecutorService senders;
  private final Worker worker;

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
    this.senders = Executors.newFixedThreadPool(8, r -> {
      Thread thread = new Thread(r, "telegram-send");
      thread.setDaemon(true);
      return thread;
    });
    this.worker = new Worker("telegram-outbox", 100, this::round);
  }

  void start() {
    worker.start();
  }

  void stop() {
    worker.stop();
    senders.shutdown();
    try {
      senders.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void signal() {
    worker.signal();
  }

  private boolean round() {
    for (Entry entry : outbox.due(500)) {
      if (busy.contains(entry.chatId()) || !bucketOf(entry.chatId()).tryConsume(1)) {
        continue;
      }
      if (!overall.tryConsume(1)) {
        break;
      }
      if (!outbox.lease(entry.id(), LEASE)) {
        continue;
      }
      busy.add(entry.chatId());
      senders.execute(() -> {
        try {
          send(entry);
        } finally {
          busy.remove(entry.chatId());
          worker.signal();
        }
      });
    }
    return false;
  }

  private Bucket bucketOf(long chatId) {
    return perChat.get(chatId, id -> Bucket.builder().addLimit(Bandwidth.builder()
        .capacity(settings.chatBurst())
        .refillGreedy(settings.chatMessagesPerSecond(), Duration.ofSeconds(1)).build()).build());
  }

  void send(Entry entry) {
    if (blocked.isBlocked(entry.chatId())) {
      outbox.settle(entry.id());
      return;
    }
    try {
      calls.execute(entry.call());
      outbox.settle(entry.id());
      metrics.sent("ok");
    } catch (TelegramApiRequestException e) {
      failed(entry, e);
    } catch (TelegramApiException e) {
      metrics.sent("error");
      retryLater(entry, backoff(entry));
    }
  }

  private void failed(Entry entry, TelegramApiRequestException e) {
    Integer code = e.getErrorCode();
    metrics.sent(code == null ? "error" : code == 429 || code == 403 ? String.valueOf(code)
        : "error");
    String description = String.valueOf(e.getApiResponse());
    if (code != null && code == 429) {
      Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
      retryLater(entry, Duration.ofSeconds(after == null ? 1 : after));
    } else if (code != null && code == 403) {
      blocked.set(entry.chatId(), true);
      outbox.dropPending(entry.chatId());
    } else if (code != null && code == 400 && description.contains("message is not modified")) {
      outbox.settle(entry.id());
    } else if (code != null && code >= 400 && code < 500) {
      log.warn("Telegram refused an outgoing {} with {}", entry.call().kind(), code);
      outbox.settle(entry.id());
    } else {
      retryLater(entry, backoff(entry));
    }
  }

  private void retryLater(Entry entry, Duration wait) {
    outbox.retryAt(entry.id(), Instant.now(clock).plus(wait));
  }

  private static Duration backoff(Entry entry) {
    return Duration.ofSeconds(Math.min(LONGEST_BACKOFF_SECONDS, 1L << Math.min(entry.attempts(), 6)));
  }
}
