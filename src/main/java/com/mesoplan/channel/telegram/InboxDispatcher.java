package com.mesoplan.channel.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mesoplan.channel.telegram.Inbox.Pending;
import com.mesoplan.channel.telegram.UpdateIntake.Received;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Processes stored updates in order within each chat and concurrently across chats: a chat is
 * drained by one task at a time, in {@code update_id} order, from what the inbox holds for it
 * (so updates another instance received for the same chat take their place in the order).
 *
 * <p>Updates this instance stored are handed over at once, already read. A scan of the inbox
 * every second finds the rest: updates stored before a restart, by an instance that stopped,
 * or whose turn failed for a moment.
 */
final class InboxDispatcher {

  private static final Logger log = LoggerFactory.getLogger(InboxDispatcher.class);
  private static final int BATCH = 50;
  /** Telegram keeps an undelivered update for 24 hours; an id older than that cannot return. */
  private static final Duration DEDUPE_WINDOW = Duration.ofHours(25);
  private static final Duration FORGET_EVERY = Duration.ofMinutes(10);

  private final Inbox inbox;
  private final UpdateProcessor processor;
  private final TelegramMetrics metrics;
  private final Clock clock;
  /** Updates received here, already read, so a turn need not read them back. */
  private final Cache<Long, Update> read = Caffeine.newBuilder().maximumSize(20_000)
      .expireAfterWrite(Duration.ofMinutes(1)).build();
  private final ChatDrains turns;
  private final Worker scan;
  private volatile boolean running;
  private Instant forgotten = Instant.EPOCH;

  InboxDispatcher(Inbox inbox, UpdateProcessor processor, int threads, TelegramMetrics metrics,
      Clock clock) {
    this.inbox = inbox;
    this.processor = processor;
    this.metrics = metrics;
    this.clock = clock;
    this.turns = new ChatDrains("telegram-turns", threads, this::takeTurns);
    this.scan = new Worker("telegram-inbox", 1_000, this::scan);
  }

  void start() {
    running = true;
    scan.start();
  }

  void stop() {
    running = false;
    scan.stop();
    turns.stop();
  }

  /** Updates just stored here: their chats are drained now. */
  void received(List<Received> updates) {
    if (!running) {
      return;
    }
    for (Received update : updates) {
      if (update.chatId() != 0) {
        read.put(update.updateId(), update.update());
      }
    }
    for (Received update : updates) {
      turns.wake(update.chatId());
    }
  }

  private boolean scan() {
    for (Long chat : inbox.chatsWithPending(1_000)) {
      if (!turns.isBusy(chat)) {
        turns.wake(chat);
      }
    }
    Instant now = Instant.now(clock);
    if (now.isAfter(forgotten.plus(FORGET_EVERY))) {
      inbox.forgetProcessedBefore(now.minus(DEDUPE_WINDOW));
      forgotten = now;
    }
    return false;
  }

  private void takeTurns(long chat) {
    List<Pending> pending = inbox.pending(chat, BATCH);
    for (Pending update : pending) {
      Update known = read.getIfPresent(update.updateId());
      read.invalidate(update.updateId());
      Optional<Update> parsed = known != null ? Optional.of(known)
          : processor.parse(update.updateId(), update.body());
      try {
        metrics.processed.record(() -> processor.process(update.updateId(), parsed.orElse(null)));
      } catch (RuntimeException e) {
        log.error("update {} failed and is set aside: {}", update.updateId(), e.toString());
        inbox.claim(update.updateId());
      }
    }
    if (pending.size() == BATCH) {
      turns.wake(chat);
    }
  }
}
