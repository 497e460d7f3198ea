package com.mesoplan.messaging;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A loop on its own thread that runs a round of work, then waits until signalled or until the
 * pause has passed. Stops when asked; a failing round is logged and retried after the pause.
 */
public final class Worker {

  private static final Logger log = LoggerFactory.getLogger(Worker.class);

  /** One round; returns whether it did something (then the next round starts at once). */
  public interface Round {
    boolean run() throws Exception;
  }

  private final String name;
  private final Round round;
  private final long pauseMillis;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition signalled = lock.newCondition();
  private volatile boolean running;
  private boolean pending;
  private Thread thread;

  public Worker(String name, long pauseMillis, Round round) {
    this.name = name;
    this.pauseMillis = pauseMillis;
    this.round = round;
  }

  public void start() {
    running = true;
    thread = new Thread(this::loop, name);
    thread.setDaemon(true);
    thread.start();
  }

  public void stop() {
    running = false;
    signal();
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  public void signal() {
    lock.lock();
    try {
      pending = true;
      signalled.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void loop() {
    while (running) {
      boolean busy = false;
      try {
        busy = round.run();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Exception e) {
        if (running) {
          // the class only: an exception's message may quote stored personal data
          log.warn("{}: {}", name, e.getClass().getName());
        }
      }
      if (!busy) {
        await();
      }
    }
  }

  private void await() {
    lock.lock();
    try {
      if (!pending) {
        signalled.await(pauseMillis, TimeUnit.MILLISECONDS);
      }
      pending = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      lock.unlock();
    }
  }
}
