package com.mesoplan.channel.web;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
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
 * event it had. One thread sends everything: woken at once when this instance shows something,
 * and every second it asks the transcript, in one query, which chats another instance showed
 * something since; so an event is never sent out of order or twice on one stream. Streams are
 * capped per chat, per client address and in all: each holds a connection.
 */
final class WebStreams implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(WebStreams.class);
  static final Duration STREAM_FOR = Duration.ofMinutes(10);
  private static final Duration HEARTBEAT = Duration.ofSeconds(20);
  private static final int PER_CHAT = 5;
  private static final int PER_ADDRESS = 20;
  private static final int BATCH = 200;

  /** A browser's stream, and the last event it had. */
  private static final class Stream {
    final String chat;
    final String address;
    final SseEmitter emitter;
    volatile long last;
    volatile long lastSentAt = System.nanoTime();

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
      } catch (RuntimeException e) {
        log.warn("the chats' streams wait for the next round: {}", e.getClass().getName());
      }
    }
  }

  private void feed(String chat) {
    for (Stream stream : byChat.getOrDefault(chat, Set.of())) {
      List<WebTranscript.Shown> news = transcript.after(chat, stream.last, BATCH);
      try {
        for (WebTranscript.Shown shown : news) {
          stream.emitter.send(SseEmitter.event().id(Long.toString(shown.id())).name("call")
              .data(json.writeValueAsString(WebEvents.of(shown)), MediaType.APPLICATION_JSON));
          stream.last = shown.id();
          stream.lastSentAt = System.nanoTime();
        }
      } catch (IOException | IllegalStateException e) {
        close(stream);
        stream.emitter.completeWithError(e);
      }
      if (news.size() == BATCH) {
        wake(chat);
      }
    }
  }

  private void heartbeats() {
    for (Set<Stream> streams : byChat.values()) {
      for (Stream stream : streams) {
        if (System.nanoTime() - stream.lastSentAt > HEARTBEAT.toNanos()) {
          try {
            stream.emitter.send(SseEmitter.event().comment("still here"));
            stream.lastSentAt = System.nanoTime();
          } catch (IOException | IllegalStateException e) {
            close(stream);
            stream.emitter.completeWithError(e);
          }
        }
      }
    }
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
