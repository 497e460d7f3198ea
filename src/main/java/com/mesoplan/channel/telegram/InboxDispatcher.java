package com.mesoplan.channel.telegram;

import com.mesoplan.messaging.ChatDrains;
import com.mesoplan.messaging.Worker;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mesoplan.channel.telegram.Inbox.Pending;
import com.mesoplan.channel.telegram.UpdateIntake.Received;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes turns. An update this instance stores is usually taken at once, in the transaction that
 * stores it ({@link UpdateIntake}). The rest wait in the inbox and are taken from there, in
 * order within each chat and concurrently across chats: a chat is drained by one task at a
 * time, in {@code update_id} order, from what the inbox holds for it (so updates another
 * instance received for the same chat take their place in the order).
 *
 * <p>Updates left waiting here are handed over at once, already read. A scan of the inbox
 * every second finds the rest: updates stored before a restart, by an instance that stopped,
 * or whose turn failed for a moment.
 */
final class InboxDispatcher implements UpdateIntake.Turns {

  private static final Logger log = LoggerFactory.getLogger(InboxDispatcher.class);
  private static final int BATCH = 50;
  /** The most chats whose turns share a transaction. */
  private static final int CHATS_TOGETHER = 32;
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
    this.turns = new ChatDrains("telegram-turns", threads, CHATS_TOGETHER, this::takeTurns);
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

  @Override
  public boolean taking() {
    return running;
  }

  @Override
  public void take(Received update) {
    metrics.processed.record(() -> processor.takeNew(update.update()));
  }

  /** Updates just stored here to wait in the inbox: their chats are drained now. */
  @Override
  public void waiting(List<Received> updates) {
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

  /**
   * The waiting updates of several chats, each chat's in order, in one transaction: one commit
   * for all of them. If one fails, the transaction rolls back and each update is taken again in
   * a transaction of its own, so only the failing one is set aside.
   */
  private void takeTurns(List<Long> chats) {
    List<Pending> pending = new ArrayList<>();
    List<Long> more = new ArrayList<>();
    for (Long chat : chats) {
      List<Pending> waiting = inbox.pending(chat, BATCH);
      pending.addAll(waiting);
      if (waiting.size() == BATCH) {
        more.add(chat);
      }
    }
    if (pending.isEmpty()) {
      return;
    }
    List<Optional<Update>> updates = new ArrayList<>(pending.size());
    for (Pending update : pending) {
      Update known = read.getIfPresent(update.updateId());
      read.invalidate(update.updateId());
      updates.add(known != null ? Optional.of(known)
          : processor.parse(update.updateId(), update.body()));
    }
    try {
      processor.inOneTransaction(() -> {
        for (int i = 0; i < pending.size(); i++) {
          long updateId = pending.get(i).updateId();
          Update update = updates.get(i).orElse(null);
          metrics.processed.record(() -> processor.take(updateId, update));
        }
      });
    } catch (RuntimeException e) {
      // the class only: an exception's message may quote stored personal data
      log.warn("{} updates taken together failed; each is taken on its own: {}", pending.size(),
          e.getClass().getName());
      for (int i = 0; i < pending.size(); i++) {
        takeAlone(pending.get(i).updateId(), updates.get(i).orElse(null));
      }
    }
    more.forEach(turns::wake);
  }

  private void takeAlone(long updateId, Update update) {
    try {
      processor.process(updateId, update);
    } catch (RuntimeException e) {
      // the class only: an exception's message may quote stored personal data
      log.error("update {} failed and is set aside: {}", updateId, e.getClass().getName());
      inbox.claim(updateId);
    }
  }
}
