package com.mesoplan.channel.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mesoplan.channel.telegram.Outbox.Entry;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Sends the outbox within Telegram's limits (token buckets overall and per chat), one call at a
 * time per chat so replies keep their order. Waits {@code retry_after} on 429, backs off on
 * server and network errors, settles "message is not modified" as done, and stops messaging a
 * person who blocked the bot (403).
 *
 * <p>A turn's replies are leased to this instance as they are stored and handed to its sender
 * in memory once the turn commits, so they are sent without being read back, provided every
 * earlier reply of the chat still unsent is one this instance holds too. Anything else (replies
 * stored by another instance, reminders, a call to retry, a lease that ran long) is sent from
 * the database, oldest first, each row leased before it is sent.
 */
final class OutboxSender {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
  private static final int LONGEST_BACKOFF_SECONDS = 60;
  /** Long enough for one call to Telegram; a dead instance's rows are free again after it. */
  private static final Duration LEASE = Duration.ofSeconds(30);
  private static final int BATCH = 20;
  /** How long a sent call's row may wait to be deleted together with others. */
  private static final Duration SETTLE_LINGER = Duration.ofMillis(100);

  /** A call this instance holds, and until when. */
  private record Held(Entry entry, Instant leasedUntil) {}

  /**
   * The calls of one chat that this instance holds, in order. The generation changes whenever
   * they are given back to the database, so a turn that looked before then does not add to them.
   */
  private static final class Chat {
    final ArrayDeque<Held> calls = new ArrayDeque<>(4);
    /** Calls stored by a transaction not yet ended (a chat's turns may share one). */
    final Set<Long> storing = new HashSet<>(4);
    long generation;
  }

  private final Outbox outbox;
  private final BlockedChats blocked;
  private final TelegramCalls calls;
  private final Clock clock;
  private final Bucket overall;
  private final Cache<Long, Bucket> perChat;
  /**
   * Chats with calls held here lately. One forgotten while it still holds calls only delays
   * them: their lease runs out and they are sent from the database.
   */
  private final Cache<Long, Chat> held = Caffeine.newBuilder()
      .expireAfterAccess(Duration.ofMinutes(1)).maximumSize(100_000).build();
  /** Chats with calls to read from the database. */
  private final Set<Long> fromDatabase = ConcurrentHashMap.newKeySet();
  private final TelegramSettings settings;
  private final ChatDrains senders;
  private final Worker scan;
  private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "telegram-send-later");
    thread.setDaemon(true);
    return thread;
  });
  private volatile boolean running;
  /** Calls sent whose rows are not deleted yet: deletes of many calls share one statement. */
  private final Set<Long> settling = ConcurrentHashMap.newKeySet();
  private final BlockingQueue<Long> toSettle = new LinkedBlockingQueue<>();
  private final Thread settler;

  private final TelegramMetrics metrics;

  private final boolean onlyInstance;

  /**
   * @param onlyInstance the database can have no other instance (embedded H2): leases found at
   *     the start were left by a process that died, and are freed at once
   */
  OutboxSender(Outbox outbox, BlockedChats blocked, TelegramCalls calls, TelegramSettings settings,
      Clock clock, TelegramMetrics metrics, boolean onlyInstance) {
    this.onlyInstance = onlyInstance;
    this.metrics = metrics;
    this.outbox = outbox;
    this.blocked = blocked;
    this.calls = calls;
    this.settings = settings;
    this.clock = clock;
    this.overall = Bucket.builder().addLimit(Bandwidth.builder()
        .capacity(settings.messagesPerSecond())
        .refillGreedy(settings.messagesPerSecond(), Duration.ofSeconds(1)).build()).build();
    this.perChat = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(5)).build();
    this.senders = new ChatDrains("telegram-send", 8, this::sendInOrder);
    this.scan = new Worker("telegram-outbox", 250, this::scan);
    this.settler = new Thread(this::settleSent, "telegram-settle");
    settler.setDaemon(true);
  }

  void start() {
    if (onlyInstance) {
      int freed = outbox.releaseAll();
      if (freed > 0) {
        log.info("{} replies taken by the previous run are sent again", freed);
      }
    }
    running = true;
    settler.start();
    scan.start();
  }

  void stop() {
    running = false;
    scan.stop();
    later.shutdownNow();
    senders.stop();
    try {
      settler.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Done: sent, or settled without sending (not modified, refused). */
  private void settle(long id) {
    settling.add(id);
    toSettle.add(id);
  }

  /** Deletes settled calls together, until stopped and nothing is left to delete. */
  private void settleSent() {
    List<Long> ids = new ArrayList<>();
    while (running || !toSettle.isEmpty()) {
      try {
        Long first = toSettle.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        ids.add(first);
      } catch (InterruptedException e) {
        return;
      }
      lingerForMore(ids);
      try {
        outbox.settle(ids);
        ids.forEach(settling::remove);
      } catch (RuntimeException e) {
        // the class only: an exception's message may quote stored personal data
        log.warn("sent calls could not be settled yet: {}", e.getClass().getName());
        toSettle.addAll(ids);
        pause();
      }
      ids.clear();
    }
  }

  /** Collects what else is settled within a few milliseconds: one statement deletes them all. */
  private void lingerForMore(List<Long> ids) {
    long until = System.nanoTime() + SETTLE_LINGER.toNanos();
    try {
      while (ids.size() < 500 && System.nanoTime() < until) {
        Long next = toSettle.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (next == null) {
          return;
        }
        ids.add(next);
        toSettle.drainTo(ids, 500 - ids.size());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Stores a turn's calls for its chat, in the caller's transaction; they go out once it
   * commits.
   */
  void queue(long chat, List<Outgoing> turnCalls) {
    if (turnCalls.isEmpty()) {
      return;
    }
    Chat mine = held.get(chat, id -> new Chat());
    List<Long> unsent = new ArrayList<>(outbox.unsent(chat));
    unsent.removeIf(settling::contains);
    long generation;
    boolean ours;
    synchronized (mine) {
      generation = mine.generation;
      Set<Long> ids = new HashSet<>(mine.storing);
      mine.calls.forEach(h -> ids.add(h.entry().id()));
      ours = running && ids.containsAll(unsent);
    }
    Instant leasedUntil = Instant.now(clock).plus(LEASE);
    List<Held> stored = new ArrayList<>(turnCalls.size());
    for (Outgoing call : turnCalls) {
      stored.add(new Held(outbox.add(call, ours ? Optional.of(leasedUntil) : Optional.empty()),
          leasedUntil));
    }
    if (!ours) {
      wakeFromDatabase(chat);
      return;
    }
    List<Long> storedIds = stored.stream().map(h -> h.entry().id()).toList();
    synchronized (mine) {
      mine.storing.addAll(storedIds);
    }
    whenDone(() -> hand(chat, mine, generation, stored), () -> {
      synchronized (mine) {
        mine.storing.removeAll(storedIds);
      }
    });
  }

  /** Calls stored without a lease (reminders, alerts): sent from the database. */
  void wakeFromDatabase(long chat) {
    afterCommit(() -> {
      fromDatabase.add(chat);
      wakeNow(chat);
    });
  }

  /** The person blocked the bot: nothing more is sent to them, from here or the database. */
  void dropPending(long chat) {
    Chat mine = held.getIfPresent(chat);
    if (mine != null) {
      synchronized (mine) {
        mine.generation++;
        mine.calls.clear();
      }
    }
    outbox.dropPending(chat);
  }

  private void hand(long chat, Chat mine, long generation, List<Held> stored) {
    boolean added;
    synchronized (mine) {
      added = mine.generation == generation;
      if (added) {
        mine.calls.addAll(stored);
      }
    }
    if (!added) {
      outbox.release(stored.stream().map(h -> h.entry().id()).toList());
      fromDatabase.add(chat);
    }
    wakeNow(chat);
  }

  private void wakeNow(long chat) {
    if (!running) {
      return;
    }
    senders.wake(chat);
  }

  /** Calls due that no one is sending: stored by another instance, or to retry. */
  private boolean scan() {
    for (Long chat : outbox.chatsDue(500)) {
      if (!senders.isBusy(chat)) {
        fromDatabase.add(chat);
        wakeNow(chat);
      }
    }
    return false;
  }

  /**
   * Sends the chat's calls oldest first, those held here and then those in the database, and
   * stops at the first that cannot go now (over a rate limit: it is woken again when the limit
   * allows; not due yet, held by another instance, or failed: the scan comes back to it).
   */
  private void sendInOrder(long chat) {
    if (sendHeld(chat) && fromDatabase.remove(chat)) {
      sendStored(chat);
    }
  }

  /** Says whether every held call is settled or given back. */
  private boolean sendHeld(long chat) {
    Chat mine = held.getIfPresent(chat);
    if (mine == null) {
      return true;
    }
    while (true) {
      Held next;
      synchronized (mine) {
        next = mine.calls.peekFirst();
      }
      if (next == null) {
        return true;
      }
      if (Instant.now(clock).isAfter(next.leasedUntil().minus(LEASE.dividedBy(2)))) {
        giveBack(chat, mine);
        return true;
      }
      if (!withinLimits(chat)) {
        return false;
      }
      if (!send(next.entry())) {
        giveBack(chat, mine);
        return false;
      }
      synchronized (mine) {
        mine.calls.remove(next);
      }
    }
  }

  /** The held calls go back to the database (a failure, or a lease running out). */
  private void giveBack(long chat, Chat mine) {
    List<Long> ids;
    synchronized (mine) {
      mine.generation++;
      ids = mine.calls.stream().map(h -> h.entry().id()).toList();
      mine.calls.clear();
    }
    outbox.release(ids);
    fromDatabase.add(chat);
  }

  private void sendStored(long chat) {
    List<Entry> stored = outbox.waiting(chat, BATCH);
    for (Entry entry : stored) {
      if (settling.contains(entry.id())) {
        continue;
      }
      if (entry.notBefore().isAfter(Instant.now(clock)) || !withinLimits(chat)
          || !outbox.lease(entry.id(), LEASE)) {
        return;
      }
      if (blocked.isBlocked(entry.chatId())) {
        dropPending(entry.chatId());
        return;
      }
      if (!send(entry)) {
        return;
      }
    }
    if (stored.size() == BATCH) {
      fromDatabase.add(chat);
      senders.wake(chat);
    }
  }

  /** Takes a token from the chat's bucket and the overall one; if none, wakes the chat later. */
  private boolean withinLimits(long chat) {
    Bucket bucket = bucketOf(chat);
    if (bucket.tryConsume(1) && overall.tryConsume(1)) {
      return true;
    }
    long nanos = Math.max(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill(),
        overall.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    if (running) {
      later.schedule(() -> wakeNow(chat), Math.max(nanos, 1_000_000), TimeUnit.NANOSECONDS);
    }
    return false;
  }

  private Bucket bucketOf(long chatId) {
    return perChat.get(chatId, id -> Bucket.builder().addLimit(Bandwidth.builder()
        .capacity(settings.chatBurst())
        .refillGreedy(settings.chatMessagesPerSecond(), Duration.ofSeconds(1)).build()).build());
  }

  /** Makes the call; says whether it is settled, so the chat's next call may follow. */
  private boolean send(Entry entry) {
    try {
      calls.execute(entry.call());
      settle(entry.id());
      metrics.sent("ok");
      return true;
    } catch (TelegramApiRequestException e) {
      return failed(entry, e);
    } catch (TelegramApiException e) {
      metrics.sent("error");
      retryLater(entry, backoff(entry));
      return false;
    }
  }

  private boolean failed(Entry entry, TelegramApiRequestException e) {
    Integer code = e.getErrorCode();
    metrics.sent(code == null ? "error" : code == 429 || code == 403 ? String.valueOf(code)
        : "error");
    String description = String.valueOf(e.getApiResponse());
    if (code != null && code == 429) {
      Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
      retryLater(entry, Duration.ofSeconds(after == null ? 1 : after));
      return false;
    }
    if (code != null && code == 403) {
      // dropped first, so that a chat seen as blocked has nothing left waiting
      dropPending(entry.chatId());
      blocked.set(entry.chatId(), true);
      return false;
    }
    if (code != null && code == 400 && description.contains("message is not modified")) {
      settle(entry.id());
      return true;
    }
    if (code != null && code >= 400 && code < 500) {
      log.warn("Telegram refused an outgoing {} with {}", entry.call().kind(), code);
      settle(entry.id());
      return true;
    }
    retryLater(entry, backoff(entry));
    return false;
  }

  private void retryLater(Entry entry, Duration wait) {
    outbox.retryAt(entry.id(), Instant.now(clock).plus(wait));
  }

  private static Duration backoff(Entry entry) {
    return Duration.ofSeconds(Math.min(LONGEST_BACKOFF_SECONDS, 1L << Math.min(entry.attempts(), 6)));
  }

  /** Runs once the caller's transaction commits, or now outside one. */
  private static void afterCommit(Runnable action) {
    whenDone(action, () -> {});
  }

  /**
   * Runs {@code committed} once the caller's transaction commits and then {@code ended} however
   * it ends; both now outside a transaction.
   */
  private static void whenDone(Runnable committed, Runnable ended) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      committed.run();
      ended.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        committed.run();
      }

      @Override
      public void afterCompletion(int status) {
        ended.run();
      }
    });
  }
}
