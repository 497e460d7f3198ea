package com.mesoplan.channel.telegram;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes stored updates in order within each chat and concurrently across chats: a chat is
 * drained by one task at a time, in {@code update_id} order.
 */
final class InboxDispatcher {

  private static final Logger log = LoggerFactory.getLogger(InboxDispatcher.class);

  private final Inbox inbox;
  private final UpdateProcessor processor;
  private final Set<Long> busy = ConcurrentHashMap.newKeySet();
  private final ExecutorService chats;
  private final Worker worker;
  private final Runnable afterTurn;
  private final TelegramMetrics metrics;

  InboxDispatcher(Inbox inbox, UpdateProcessor processor, int threads, Runnable afterTurn,
      TelegramMetrics metrics) {
    this.metrics = metrics;
    this.inbox = inbox;
    this.processor = processor;
    this.afterTurn = afterTurn;
    this.chats = Executors.newFixedThreadPool(threads, r -> {
      Thread thread = new Thread(r, "telegram-turns");
      thread.setDaemon(true);
      return thread;
    });
    this.worker = new Worker("telegram-inbox", 500, this::dispatch);
  }

  void start() {
    worker.start();
  }

  void stop() {
    worker.stop();
    chats.shutdown();
    try {
      chats.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** New updates are stored: look for work now. */
  void signal() {
    worker.signal();
  }

  private boolean dispatch() {
    for (Long chat : inbox.chatsWithPending(1_000)) {
      if (busy.add(chat)) {
        chats.execute(() -> drain(chat));
      }
    }
    return false;
  }

  private void drain(long chat) {
    try {
      Optional<Long> next;
      while ((next = inbox.nextPending(chat)).isPresent()) {
        long updateId = next.get();
        try {
          metrics.processed.record(() -> processor.process(updateId));
        } catch (RuntimeException e) {
          log.error("update {} failed and is set aside: {}", updateId, e.toString());
          inbox.markProcessed(updateId);
        }
        afterTurn.run();
      }
    } finally {
      busy.remove(chat);
      worker.signal();
    }
  }
}
