package com.mesoplan.web.console;

import com.mesoplan.conversation.StaffLog;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Tells every open Today page at once when a new red flag comes in, as a server-sent event. It
 * reads the newest open flag from the database every two seconds, so a flag raised by another
 * instance, or committed a moment later, is seen as well; the event carries no personal data
 * (the page fetches the flags itself, with its session).
 *
 * <p>Threads: one watching thread; emitters are added and removed by request threads, hence
 * the copy-on-write list.
 */
@Controller
class RedFlagWatch implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(RedFlagWatch.class);
  private static final Duration EVERY = Duration.ofSeconds(2);
  private static final Duration STREAM_FOR = Duration.ofMinutes(10);

  private final StaffLog staffLog;
  private final ConsoleActivity activity;
  private final List<SseEmitter> pages = new CopyOnWriteArrayList<>();
  private volatile ScheduledExecutorService watcher;
  private volatile long newest = -1;

  RedFlagWatch(StaffLog staffLog, ConsoleActivity activity) {
    this.staffLog = staffLog;
    this.activity = activity;
  }

  /** A stream that ends when the session is due to end, so it never outlives it. */
  @GetMapping("/console/events")
  SseEmitter events(HttpSession session) {
    Duration left = activity.left(session);
    SseEmitter page = new SseEmitter(Math.max(1, Math.min(STREAM_FOR.toMillis(),
        left.toMillis())));
    page.onCompletion(() -> pages.remove(page));
    page.onTimeout(() -> pages.remove(page));
    page.onError(e -> pages.remove(page));
    pages.add(page);
    return page;
  }

  private void look() {
    try {
      long latest = staffLog.openFlags().stream().mapToLong(StaffLog.Flag::id).max().orElse(0);
      long before = newest;
      newest = Math.max(latest, before);
      if (before >= 0 && latest > before) {
        tell(latest);
      }
    } catch (RuntimeException e) {
      log.warn("red flags could not be read for the console: {}", e.toString());
    }
  }

  private void tell(long flag) {
    for (SseEmitter page : pages) {
      try {
        page.send(SseEmitter.event().name("red-flag").data(String.valueOf(flag)));
      } catch (IOException | IllegalStateException e) {
        pages.remove(page);
      }
    }
  }

  @Override
  public void start() {
    watcher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "console-red-flags");
      thread.setDaemon(true);
      return thread;
    });
    watcher.scheduleWithFixedDelay(this::look, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void stop() {
    watcher.shutdownNow();
    pages.forEach(SseEmitter::complete);
    pages.clear();
  }

  @Override
  public boolean isRunning() {
    return watcher != null && !watcher.isShutdown();
  }
}
