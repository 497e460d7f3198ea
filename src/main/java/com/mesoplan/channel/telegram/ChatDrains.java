package com.mesoplan.channel.telegram;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a chat's work on a pool of threads, at most one task per chat at a time, so a chat's
 * steps keep their order while chats run in parallel. A chat woken while its task runs gets one
 * more round; a wake-up is never lost between the task's last look and its end.
 */
final class ChatDrains {

  private static final Logger log = LoggerFactory.getLogger(ChatDrains.class);

  private final LongConsumer work;
  /** Chats with something new since their task last looked. */
  private final Set<Long> woken = ConcurrentHashMap.newKeySet();
  /** Chats with a task running right now. */
  private final Set<Long> busy = ConcurrentHashMap.newKeySet();
  private final ExecutorService pool;

  ChatDrains(String threadName, int threads, LongConsumer work) {
    this.work = work;
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread thread = new Thread(r, threadName);
      thread.setDaemon(true);
      return thread;
    });
  }

  /** The chat has something new: its work runs now, or once more after the running round. */
  void wake(long chat) {
    woken.add(chat);
    if (busy.add(chat)) {
      pool.execute(() -> drain(chat));
    }
  }

  boolean isBusy(long chat) {
    return busy.contains(chat);
  }

  void stop() {
    pool.shutdown();
    try {
      pool.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void drain(long chat) {
    try {
      do {
        while (woken.remove(chat)) {
          work.accept(chat);
        }
        busy.remove(chat);
      } while (woken.contains(chat) && busy.add(chat));
    } catch (RuntimeException e) {
      busy.remove(chat);
      log.warn("the work of a chat waits for the next scan: {}", e.toString());
    }
  }
}
