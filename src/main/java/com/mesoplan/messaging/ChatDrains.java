package com.mesoplan.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs chats' work on a pool of threads, at most one task per chat at a time, so a chat's steps
 * keep their order while chats run in parallel. A thread takes every chat that is ready, up to a
 * batch, so that work of several chats can share one transaction. A chat woken while its task
 * runs gets one more round; a wake-up is never lost between the task's last look and its end.
 */
public final class ChatDrains {

  private static final Logger log = LoggerFactory.getLogger(ChatDrains.class);

  private final Consumer<List<String>> work;
  private final int batch;
  /** Chats with something new since their task last looked. */
  private final Set<String> woken = ConcurrentHashMap.newKeySet();
  /** Chats queued or with a task running right now. */
  private final Set<String> busy = ConcurrentHashMap.newKeySet();
  private final BlockingQueue<String> ready = new LinkedBlockingQueue<>();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running = true;

  /** One chat a task. */
  public ChatDrains(String threadName, int threads, Consumer<String> work) {
    this(threadName, threads, 1, chats -> chats.forEach(work::accept));
  }

  /** Up to {@code batch} chats a task. */
  public ChatDrains(String threadName, int threads, int batch, Consumer<List<String>> work) {
    this.work = work;
    this.batch = batch;
    for (int i = 0; i < threads; i++) {
      Thread thread = new Thread(this::run, threadName);
      thread.setDaemon(true);
      thread.start();
      this.threads.add(thread);
    }
  }

  /** The chat has something new: its work runs now, or once more after the running round. */
  public void wake(String chat) {
    woken.add(chat);
    if (busy.add(chat)) {
      ready.add(chat);
    }
  }

  public boolean isBusy(String chat) {
    return busy.contains(chat);
  }

  /** Lets running work finish (an interrupt could close the database's file under it). */
  public void stop() {
    running = false;
    for (Thread thread : threads) {
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void run() {
    List<String> chats = new ArrayList<>(batch);
    while (running) {
      try {
        String first = ready.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        chats.add(first);
      } catch (InterruptedException e) {
        return;
      }
      ready.drainTo(chats, batch - 1);
      chats.forEach(woken::remove);
      try {
        work.accept(chats);
      } catch (RuntimeException e) {
        // the class only: an exception's message may quote stored personal data
        log.warn("the work of {} chats waits for the next scan: {}", chats.size(),
            e.getClass().getName());
      }
      for (String chat : chats) {
        busy.remove(chat);
        if (woken.contains(chat) && busy.add(chat)) {
          ready.add(chat);
        }
      }
      chats.clear();
    }
  }
}
