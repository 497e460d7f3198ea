package com.mesoplan.messaging;

import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the sending: one thread asks the {@link FairQueue} which chat goes next and hands that
 * chat's round to a pool of sending threads, at most one round per chat at a time (so a chat's
 * calls keep their order) and at most one per sending thread (so calls leave when their slot of
 * the pace comes, not later in a bunch). Every use of the queue holds one lock; the pacing
 * thread sleeps on it until a slot comes or a chat is woken.
 */
public final class Pacer {

  private static final Logger log = LoggerFactory.getLogger(Pacer.class);

  /** One round of a chat: sends its next call, and says whether one reached the channel. */
  public interface Rounds {
    Round send(String chat);
  }

  /** How a round went: whether a call reached the channel, and what the chat has left. */
  public record Round(boolean called, FairQueue.Left left) {}

  private final FairQueue queue;
  private final Rounds rounds;
  private final int threads;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final ExecutorService pool;
  private final Thread pacing;
  private volatile boolean running;

  public Pacer(String name, FairQueue queue, int threads, Rounds rounds) {
    this.queue = queue;
    this.rounds = rounds;
    this.threads = threads;
    AtomicInteger number = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread thread = new Thread(r, name + "-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    this.pacing = new Thread(this::pace, name + "-pace");
    pacing.setDaemon(true);
  }

  public void start() {
    running = true;
    pacing.start();
  }

  /** Lets the rounds under way finish (an interrupt could close the database under them). */
  public void stop() {
    running = false;
    withLock(changed::signalAll);
    try {
      pacing.join(5_000);
      pool.shutdown();
      pool.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public void wake(String chat, boolean message) {
    withLock(() -> {
      queue.wake(chat, message);
      changed.signalAll();
    });
  }

  public boolean isBusy(String chat) {
    lock.lock();
    try {
      return queue.isBusy(chat);
    } finally {
      lock.unlock();
    }
  }

  public void limited(String chat) {
    withLock(() -> queue.limited(chat));
  }

  private void pace() {
    lock.lock();
    try {
      while (running) {
        try {
          paceOnce();
        } catch (RuntimeException e) {
          // the pacing thread must live on: a round lost here is found again by the scan
          log.warn("pacing failed once: {}", e.getClass().getName());
          changed.awaitNanos(100_000_000L);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      lock.unlock();
    }
  }

  /** Hands the next chat to a sending thread, or waits until one may send. Holds the lock. */
  private void paceOnce() throws InterruptedException {
    FairQueue.Next next = queue.sending() >= threads ? null : queue.next();
    if (next != null && next.chat().isPresent()) {
      String chat = next.chat().get();
      try {
        pool.execute(() -> round(chat));
      } catch (RuntimeException e) {
        queue.done(chat, false, FairQueue.Left.NOTHING);
        throw e;
      }
      return;
    }
    OptionalLong wait = next == null ? OptionalLong.empty() : next.waitNanos();
    if (wait.isPresent()) {
      changed.awaitNanos(Math.max(wait.getAsLong(), 100_000));
    } else {
      changed.await();
    }
  }

  private void round(String chat) {
    Round round = new Round(false, FairQueue.Left.NOTHING);
    try {
      round = rounds.send(chat);
    } catch (RuntimeException e) {
      // the class only: an exception's message may quote stored personal data
      log.warn("a chat's sending waits for the next scan: {}", e.getClass().getName());
    } finally {
      Round over = round;
      withLock(() -> {
        queue.done(chat, over.called(), running ? over.left() : FairQueue.Left.NOTHING);
        changed.signalAll();
      });
    }
  }

  private void withLock(Runnable action) {
    lock.lock();
    try {
      action.run();
    } finally {
      lock.unlock();
    }
  }
}
