package com.mesoplan.channel.web;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open event streams of browsers, each sent what its chat's transcript holds after the last
 * event it had. One thread finds what is new: woken at once when this instance shows something,
 * and every second it asks the transcript, in one query, which chats another instance showed
 * something since. Each stream is written by one task at a time on a pool of its own, so a
 * browser that does not read stalls only its own stream, and an event is never sent out of order
 * or twice on one stream. Streams are capped per chat, per client address and in all: each holds
 * a connection.
 */
final class WebStreams implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(WebStreams.class);
  static final Duration STREAM_FOR = Duration.ofMinutes(10);
  private static final Duration HEARTBEAT = Duration.ofSeconds(20);
  private static final int PER_CHAT = 5;
  private static final int PER_ADDRESS = 20;
  private static final int BATCH = 200;
  private static final Duration SWEEP_EVERY = Duration.ofHours(1);

  /** A browser's stream, and the last event it had. */
  private static final class Stream {
    final String chat;
    final String address;
    final SseEmitter emitter;
    volatile long last;
    volatile long lastSentAt = System.nanoTime();
    /** A write task is under way (or queued): the next one waits for the next round. */
    final AtomicBoolean writing = new AtomicBoolean();
    /** Something new came while a write was under way: look again once it ends. */
    volatile boolean again;

    Stream(String chat, String address, SseEmitter emitter, long last) {
      this.chat = chat;
      this.address = address;
      this.emitter = emitter;
      this.last = last;
    }
  }

  private final WebTranscript transcript;
  private final JsonMapper json;
  private final int most;
  private final Map<String, Set<Stream>> byChat = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> byAddress = new ConcurrentHashMap<>();
  private final AtomicInteger open = new AtomicInteger();
  private final Set<String> woken = ConcurrentHashMap.newKeySet();
  private final Semaphore wake = new Semaphore(0);
  private volatile Thread sender;
  private final ExecutorService writers = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "web-stream-write");
    thread.setDaemon(true);
    return thread;
  });
  private volatile boolean running;
  private long seen;

  /** @param most the most streams open at once on this instance */
  WebStreams(WebTranscript transcript, JsonMapper json, int most) {
    this.transcript = transcript;
    this.json = json;
    this.most = most;
  }

  /**
   * Opens a stream for the chat that starts after event {@code after}; empty when the chat, the
   * address or this instance has as many open as it may.
   */
  synchronized Optional<SseEmitter> open(String chat, String address, long after) {
    Set<Stream> ofChat = byChat.computeIfAbsent(chat, c -> ConcurrentHashMap.newKeySet());
    AtomicInteger ofAddress = byAddress.computeIfAbsent(address, a -> new AtomicInteger());
    if (ofChat.size() >= PER_CHAT || ofAddress.get() >= PER_ADDRESS || open.get() >= most) {
      return Optional.empty();
    }
    SseEmitter emitter = new SseEmitter(STREAM_FOR.toMillis());
    Stream stream = new Stream(chat, address, emitter, after);
    ofChat.add(stream);
    ofAddress.incrementAndGet();
    open.incrementAndGet();
    emitter.onCompletion(() -> close(stream));
    emitter.onTimeout(() -> close(stream));
    emitter.onError(e -> close(stream));
    wake(chat);
    return Optional.of(emitter);
  }

  private synchronized void close(Stream stream) {
    Set<Stream> ofChat = byChat.get(stream.chat);
    if (ofChat == null || !ofChat.remove(stream)) {
      return;
    }
    if (ofChat.isEmpty()) {
      byChat.remove(stream.chat);
    }
    AtomicInteger ofAddress = byAddress.get(stream.address);
    if (ofAddress != null && ofAddress.decrementAndGet() <= 0) {
      byAddress.remove(stream.address);
    }
    open.decrementAndGet();
  }

  /** Something is being shown to the chat in the caller's transaction: wakes once it commits. */
  void wakeAfterCommit(String chat) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          wake(chat);
        }
      });
    } else {
      wake(chat);
    }
  }

  /** Something new was shown to the chat. */
  void wake(String chat) {
    woken.add(chat);
    wake.release();
  }

  private void run() {
    long lastLook = 0;
    long lastSweep = System.nanoTime();
    while (running) {
      try {
        wake.tryAcquire(1, TimeUnit.SECONDS);
        wake.drainPermits();
      } catch (InterruptedException e) {
        return;
      }
      try {
        Set<String> chats = new HashSet<>(woken);
        woken.removeAll(chats);
        if (System.nanoTime() - lastLook > 900_000_000L) {
          lastLook = System.nanoTime();
          WebTranscript.Since since = transcript.since(seen);
          seen = since.newest();
          chats.addAll(since.chats());
          heartbeats();
        }
        for (String chat : chats) {
          feed(chat);
        }
        if (System.nanoTime() - lastSweep > SWEEP_EVERY.toNanos()) {
          lastSweep = System.nanoTime();
          transcript.sweep(java.time.Instant.now().minus(Duration.ofDays(1)));
        }
      } catch (RuntimeException e) {
        log.warn("the chats' streams wait for the next round: {}", e.getClass().getName());
      }
    }
  }

  private void feed(String chat) {
    for (Stream stream : byChat.getOrDefault(chat, Set.of())) {
      write(stream, false);
    }
  }

  private void heartbeats() {
    for (Set<Stream> streams : byChat.values()) {
      for (Stream stream : streams) {
        if (System.nanoTime() - stream.lastSentAt > HEARTBEAT.toNanos()) {
          write(stream, true);
        }
      }
    }
  }

  /** Hands the stream's next events (or a heartbeat) to a writer, unless one is at it. */
  private void write(Stream stream, boolean heartbeat) {
    if (!stream.writing.compareAndSet(false, true)) {
      if (!heartbeat) {
        stream.again = true;
        if (!stream.writing.get()) {
          wake(stream.chat);
        }
      }
      return;
    }
    writers.execute(() -> {
      try {
        if (heartbeat) {
          stream.emitter.send(SseEmitter.event().comment("still here"));
          stream.lastSentAt = System.nanoTime();
          return;
        }
        List<WebTranscript.Shown> news = transcript.after(stream.chat, stream.last, BATCH);
        for (WebTranscript.Shown shown : news) {
          stream.emitter.send(SseEmitter.event().id(Long.toString(shown.id())).name("call")
              .data(json.writeValueAsString(WebEvents.of(shown)), MediaType.APPLICATION_JSON));
          stream.last = shown.id();
          stream.lastSentAt = System.nanoTime();
        }
        if (news.size() == BATCH) {
          wake(stream.chat);
        }
      } catch (IOException | IllegalStateException e) {
        close(stream);
        stream.emitter.completeWithError(e);
      } catch (RuntimeException e) {
        log.warn("a chat's stream waits for the next round: {}", e.getClass().getName());
      } finally {
        stream.writing.set(false);
        if (stream.again) {
          stream.again = false;
          wake(stream.chat);
        }
      }
    });
  }

  @Override
  public void start() {
    seen = transcript.newest();
    running = true;
    Thread thread = new Thread(this::run, "web-streams");
    thread.setDaemon(true);
    thread.start();
    sender = thread;
  }

  @Override
  public void stop() {
    running = false;
    Thread thread = sender;
    if (thread != null) {
      thread.interrupt();
    }
    writers.shutdownNow();
    byChat.values().forEach(streams -> streams.forEach(s -> s.emitter.complete()));
    byChat.clear();
    byAddress.clear();
    open.set(0);
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
