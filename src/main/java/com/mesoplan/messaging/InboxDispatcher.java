package com.mesoplan.messaging;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mesoplan.messaging.Inbox.Pending;
import com.mesoplan.messaging.UpdateIntake.Received;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a channel's turns. An update this instance stores is usually taken at once, in the
 * transaction that stores it ({@link UpdateIntake}). The rest wait in the inbox and are taken
 * from there, in order within each chat and concurrently across chats: a chat is drained by one
 * task at a time, in the order its updates were stored, from what the inbox holds for it (so
 * updates another instance received for the same chat take their place in the order).
 *
 * <p>Updates left waiting here are handed over at once, already read. A scan of the inbox
 * every second finds the rest: updates stored before a restart, by an instance that stopped,
 * or whose turn failed for a moment.
 *
 * @param <U> the channel's update, as read
 */
public final class InboxDispatcher<U> implements UpdateIntake.Handoff<U> {

  private static final Logger log = LoggerFactory.getLogger(InboxDispatcher.class);
  private static final int BATCH = 50;
  /** The most chats whose turns share a transaction. */
  private static final int CHATS_TOGETHER = 32;
  private static final Duration FORGET_EVERY = Duration.ofMinutes(10);

  private final Inbox inbox;
  private final Turns<U> channel;
  private final TransactionTemplate transaction;
  private final ChannelMetrics metrics;
  private final Clock clock;
  private final Duration dedupeWindow;
  /** Updates received here, already read, so a turn need not read them back. */
  private final Cache<String, U> read = Caffeine.newBuilder().maximumSize(20_000)
      .expireAfterWrite(Duration.ofMinutes(1)).build();
  private final ChatDrains turns;
  private final Worker scan;
  private volatile boolean running;
  private Instant forgotten = Instant.EPOCH;

  /**
   * @param dedupeWindow how long the channel may deliver an update again: a processed update's
   *     id is kept that long
   */
  public InboxDispatcher(String channelName, Inbox inbox, Turns<U> channel,
      TransactionTemplate transaction, int threads, ChannelMetrics metrics, Clock clock,
      Duration dedupeWindow) {
    this.inbox = inbox;
    this.channel = channel;
    this.transaction = transaction;
    this.metrics = metrics;
    this.clock = clock;
    this.dedupeWindow = dedupeWindow;
    this.turns = new ChatDrains(channelName + "-turns", threads, CHATS_TOGETHER, this::takeTurns);
    this.scan = new Worker(channelName + "-inbox", 1_000, this::scan);
  }

  public void start() {
    running = true;
    scan.start();
  }

  public void stop() {
    running = false;
    scan.stop();
    turns.stop();
  }

  @Override
  public boolean taking() {
    return running;
  }

  @Override
  public void take(Received<U> update) {
    metrics.processed.record(() -> channel.take(update.update()));
  }

  /** Updates just stored here to wait in the inbox: their chats are drained now. */
  @Override
  public void waiting(List<Received<U>> updates) {
    if (!running) {
      return;
    }
    for (Received<U> update : updates) {
      if (update.update() != null) {
        read.put(update.delivery().delivery(), update.update());
      }
    }
    for (Received<U> update : updates) {
      turns.wake(update.delivery().chat());
    }
  }

  private boolean scan() {
    for (String chat : inbox.chatsWithPending(1_000)) {
      if (!turns.isBusy(chat)) {
        turns.wake(chat);
      }
    }
    Instant now = Instant.now(clock);
    if (now.isAfter(forgotten.plus(FORGET_EVERY))) {
      inbox.forgetProcessedBefore(now.minus(dedupeWindow));
      forgotten = now;
    }
    return false;
  }

  /**
   * The waiting updates of several chats, each chat's in order, in one transaction: one commit
   * for all of them. If one fails, the transaction rolls back and each update is taken again in
   * a transaction of its own, so only the failing one is set aside.
   */
  private void takeTurns(List<String> chats) {
    List<Pending> pending = new ArrayList<>();
    List<String> more = new ArrayList<>();
    for (String chat : chats) {
      List<Pending> waiting = inbox.pending(chat, BATCH);
      pending.addAll(waiting);
      if (waiting.size() == BATCH) {
        more.add(chat);
      }
    }
    if (pending.isEmpty()) {
      return;
    }
    List<Optional<U>> updates = new ArrayList<>(pending.size());
    for (Pending update : pending) {
      U known = read.getIfPresent(update.delivery());
      read.invalidate(update.delivery());
      Optional<U> parsed = known != null ? Optional.of(known) : channel.read(update.body());
      if (parsed.isEmpty()) {
        log.warn("update {} could not be read and is skipped", update.delivery());
      }
      updates.add(parsed);
    }
    try {
      transaction.executeWithoutResult(status -> {
        for (int i = 0; i < pending.size(); i++) {
          takeClaimed(pending.get(i), updates.get(i));
        }
      });
    } catch (RuntimeException e) {
      // the class only: an exception's message may quote stored personal data
      log.warn("{} updates taken together failed; each is taken on its own: {}", pending.size(),
          e.getClass().getName());
      for (int i = 0; i < pending.size(); i++) {
        takeAlone(pending.get(i), updates.get(i));
      }
    }
    more.forEach(turns::wake);
  }

  /** Takes the update's turn unless it was taken already (by another instance). */
  private void takeClaimed(Pending pending, Optional<U> update) {
    if (inbox.claim(pending.id()) && update.isPresent()) {
      metrics.processed.record(() -> channel.take(update.get()));
    }
  }

  private void takeAlone(Pending pending, Optional<U> update) {
    try {
      transaction.executeWithoutResult(status -> takeClaimed(pending, update));
    } catch (RuntimeException e) {
      // the class only: an exception's message may quote stored personal data
      log.error("update {} failed and is set aside: {}", pending.delivery(),
          e.getClass().getName());
      inbox.claim(pending.id());
    }
  }
}
