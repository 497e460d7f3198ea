package com.mesoplan.messaging;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mesoplan.messaging.Outbox.Entry;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends a channel's outbox within the channel's limits, fairly among chats ({@link FairQueue}),
 * one call at a time per chat so replies keep their order. Waits as long as the channel asks
 * when it says "too fast" (and learns from it), backs off on failures, settles what needed no
 * change as done, and stops messaging a person who is gone (blocked the bot). A call that a
 * later one of its chat has overtaken (an older copy of a question, an edit covered by a later
 * edit) is dropped unsent.
 *
 * <p>A turn's replies are leased to this instance as they are stored and handed to its sender
 * in memory once the turn commits, so they are sent without being read back, provided every
 * earlier reply of the chat still unsent is one this instance holds too. Anything else (replies
 * stored by another instance, reminders, a call to retry, a lease that ran long) is sent from
 * the database, oldest first, each row leased before it is sent.
 *
 * <p>Threads: turns call {@link #queue} on their own threads, inside their transaction; what
 * they stored is handed over after the commit. The {@link Pacer}'s thread picks the chat whose
 * turn it is and one of its sending threads sends that chat's next call (never two of one chat
 * at once). The scan thread finds rows due that no one is sending; the settle thread deletes
 * sent rows in groups. A chat's held calls are guarded by the chat's {@link Chat} object;
 * everything else shared is a concurrent collection or the pacer's own lock.
 */
public final class OutboxSender<C> {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
  private static final int LONGEST_BACKOFF_SECONDS = 60;
  /** Long enough for one call to the channel; a dead instance's rows are free again after it. */
  private static final Duration LEASE = Duration.ofSeconds(30);
  private static final int BATCH = 20;
  private static final int SENDING_THREADS = 8;
  /** How long a sent call's row may wait to be deleted together with others. */
  private static final Duration SETTLE_LINGER = Duration.ofMillis(100);

  /** A call this instance holds, and until when. */
  private record Held<C>(Entry<C> entry, Instant leasedUntil) {}

  /**
   * The calls of one chat that this instance holds, in order, messages before cosmetic calls.
   * The generation changes whenever they are given back to the database, so a turn that looked
   * before then does not add to them.
   */
  private static final class Chat<C> {
    final ArrayDeque<Held<C>> messages = new ArrayDeque<>(4);
    final ArrayDeque<Held<C>> cosmetic = new ArrayDeque<>(4);
    /** Calls stored by a transaction not yet ended (a chat's turns may share one). */
    final Set<Long> storing = new HashSet<>(4);
    long generation;

    Held<C> next() {
      return messages.isEmpty() ? cosmetic.peekFirst() : messages.peekFirst();
    }

    void add(Held<C> call) {
      (call.entry().traits().cosmetic() ? cosmetic : messages).addLast(call);
    }

    void remove(Held<C> call) {
      if (!messages.remove(call)) {
        cosmetic.remove(call);
      }
    }

    List<Long> clear() {
      List<Long> ids = new ArrayList<>();
      messages.forEach(h -> ids.add(h.entry().id()));
      cosmetic.forEach(h -> ids.add(h.entry().id()));
      messages.clear();
      cosmetic.clear();
      generation++;
      return ids;
    }

    FairQueue.Left left() {
      return !messages.isEmpty() ? FairQueue.Left.MESSAGES
          : !cosmetic.isEmpty() ? FairQueue.Left.COSMETIC : FairQueue.Left.NOTHING;
    }
  }

  private final Outbox<C> outbox;
  private final BlockedChats blocked;
  private final OutboxChannel<C> channel;
  private final Clock clock;
  /**
   * Chats with calls held here lately. One forgotten while it still holds calls only delays
   * them: their lease runs out and they are sent from the database.
   */
  private final Cache<String, Chat<C>> held = Caffeine.newBuilder()
      .expireAfterAccess(Duration.ofMinutes(1)).maximumSize(100_000).build();
  /** Chats with calls to read from the database. */
  private final Set<String> fromDatabase = ConcurrentHashMap.newKeySet();
  private final Pacer pacer;
  private final Worker scan;
  private volatile boolean running;
  /** Calls sent whose rows are not deleted yet: deletes of many calls share one statement. */
  private final Set<Long> settling = ConcurrentHashMap.newKeySet();
  private final BlockingQueue<Long> toSettle = new LinkedBlockingQueue<>();
  /**
   * Questions with buttons sent, to note with the rows settled next: one transaction for many,
   * where one each would make every send wait for a commit of its own.
   */
  private final Queue<OutboxChannel.Delivered<C>> delivered = new ConcurrentLinkedQueue<>();
  private final Thread settler;

  private final ChannelMetrics metrics;

  private final boolean onlyInstance;

  /**
   * @param onlyInstance the database can have no other instance (embedded H2): leases found at
   *     the start were left by a process that died, and are freed at once
   */
  public OutboxSender(Outbox<C> outbox, BlockedChats blocked, OutboxChannel<C> channel,
      Clock clock, ChannelMetrics metrics, boolean onlyInstance) {
    this.onlyInstance = onlyInstance;
    this.metrics = metrics;
    this.outbox = outbox;
    this.blocked = blocked;
    this.channel = channel;
    this.clock = clock;
    FairQueue queue = new FairQueue(channel.limits(), TimeMeter.SYSTEM_NANOTIME);
    this.pacer = new Pacer(channel.name() + "-send", queue, SENDING_THREADS, this::sendNext);
    this.scan = new Worker(channel.name() + "-outbox", 250, this::scan);
    this.settler = new Thread(this::settleSent, channel.name() + "-settle");
    settler.setDaemon(true);
  }

  public void start() {
    if (onlyInstance) {
      int freed = outbox.releaseAll();
      if (freed > 0) {
        log.info("{} replies taken by the previous run are sent again", freed);
      }
    }
    running = true;
    settler.start();
    pacer.start();
    scan.start();
  }

  public void stop() {
    running = false;
    scan.stop();
    pacer.stop();
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
        noteOpened();
      } catch (RuntimeException e) {
        // the class only: an exception's message may quote stored personal data
        log.warn("sent calls could not be settled yet: {}", e.getClass().getName());
        toSettle.addAll(ids);
        pause();
      }
      ids.clear();
    }
  }

  /** What a failure here costs is only the tidying of a question answered by typing. */
  private void noteOpened() {
    List<OutboxChannel.Delivered<C>> calls = new ArrayList<>();
    for (OutboxChannel.Delivered<C> call; (call = delivered.poll()) != null; ) {
      calls.add(call);
    }
    if (!calls.isEmpty()) {
      remember(() -> channel.sent(calls));
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
  public void queue(String chat, List<C> turnCalls) {
    if (turnCalls.isEmpty()) {
      return;
    }
    channel.queued(chat, turnCalls);
    Chat<C> mine = held.get(chat, id -> new Chat<>());
    List<Long> unsent = new ArrayList<>(outbox.unsent(chat));
    unsent.removeIf(settling::contains);
    long generation;
    boolean ours;
    synchronized (mine) {
      generation = mine.generation;
      Set<Long> ids = new HashSet<>(mine.storing);
      mine.messages.forEach(h -> ids.add(h.entry().id()));
      mine.cosmetic.forEach(h -> ids.add(h.entry().id()));
      ours = running && ids.containsAll(unsent);
    }
    Instant leasedUntil = Instant.now(clock).plus(LEASE);
    List<Held<C>> stored = new ArrayList<>(turnCalls.size());
    for (C call : turnCalls) {
      stored.add(new Held<>(outbox.add(chat, call,
          ours ? Optional.of(leasedUntil) : Optional.empty(), false), leasedUntil));
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

  /**
   * Stores calls without a lease (reminders, alerts), in the caller's transaction; they are sent
   * from the database once it commits. Urgent ones go before the chat's other calls waiting.
   */
  public void queueFromDatabase(String chat, List<C> stored, boolean urgent) {
    channel.queued(chat, stored);
    stored.forEach(call -> outbox.add(chat, call, Optional.empty(), urgent));
    wakeFromDatabase(chat);
  }

  private void wakeFromDatabase(String chat) {
    afterCommit(() -> {
      fromDatabase.add(chat);
      wakeNow(chat, true);
    });
  }

  /** The person blocked the bot: nothing more is sent to them, from here or the database. */
  public void dropPending(String chat) {
    Chat<C> mine = held.getIfPresent(chat);
    if (mine != null) {
      synchronized (mine) {
        mine.clear();
      }
    }
    outbox.dropPending(chat);
    channel.dropped(chat);
  }

  private void hand(String chat, Chat<C> mine, long generation, List<Held<C>> stored) {
    boolean added;
    synchronized (mine) {
      added = mine.generation == generation;
      if (added) {
        stored.forEach(mine::add);
      }
    }
    if (!added) {
      outbox.release(stored.stream().map(h -> h.entry().id()).toList());
      fromDatabase.add(chat);
    }
    wakeNow(chat, !added || stored.stream().anyMatch(h -> !h.entry().traits().cosmetic()));
  }

  private void wakeNow(String chat, boolean message) {
    if (running) {
      pacer.wake(chat, message);
    }
  }

  /** Calls due that no one is sending: stored by another instance, or to retry. */
  private boolean scan() {
    for (String chat : outbox.chatsDue(500)) {
      if (!pacer.isBusy(chat)) {
        fromDatabase.add(chat);
        wakeNow(chat, true);
      }
    }
    return false;
  }

  /**
   * One round of a chat: its next call, held here or else from the database, is sent, unless a
   * later call overtook it (it is then dropped and the next one tried). A call that cannot go
   * now (not due yet, held by another instance, failed) ends the round with nothing left: the
   * scan comes back to it.
   */
  private Pacer.Round sendNext(String chat) {
    Chat<C> mine = held.getIfPresent(chat);
    while (running) {
      Held<C> next = null;
      if (mine != null) {
        synchronized (mine) {
          next = mine.next();
        }
      }
      if (next != null) {
        if (Instant.now(clock).isAfter(next.leasedUntil().minus(LEASE.dividedBy(2)))) {
          giveBack(chat, mine);
          continue;
        }
        boolean overtaken = outbox.overtaken(next.entry());
        boolean sent = overtaken ? drop(next.entry()) : send(next.entry());
        if (!sent) {
          giveBack(chat, mine);
          return new Pacer.Round(true, FairQueue.Left.NOTHING);
        }
        synchronized (mine) {
          mine.remove(next);
        }
        if (!overtaken) {
          return new Pacer.Round(true, leftAfter(chat, mine));
        }
        continue;
      }
      Optional<Pacer.Round> stored = sendStored(chat);
      if (stored.isPresent()) {
        return stored.get();
      }
    }
    return new Pacer.Round(false, FairQueue.Left.NOTHING);
  }

  private FairQueue.Left leftAfter(String chat, Chat<C> mine) {
    FairQueue.Left left;
    synchronized (mine) {
      left = mine.left();
    }
    return left == FairQueue.Left.NOTHING && fromDatabase.contains(chat)
        ? FairQueue.Left.MESSAGES : left;
  }

  /**
   * The chat's oldest call in the database, if it is due and free: empty when it was overtaken
   * (dropped; the round goes on), else how the round ended.
   */
  private Optional<Pacer.Round> sendStored(String chat) {
    Pacer.Round none = new Pacer.Round(false, FairQueue.Left.NOTHING);
    if (!fromDatabase.remove(chat)) {
      return Optional.of(none);
    }
    Optional<Entry<C>> first = outbox.waiting(chat, BATCH).stream()
        .filter(e -> !settling.contains(e.id())).findFirst();
    if (first.isEmpty()) {
      return Optional.of(none);
    }
    Entry<C> entry = first.get();
    if (!outbox.lease(entry.id(), LEASE)) {
      return Optional.of(none);
    }
    fromDatabase.add(chat);
    if (outbox.overtaken(entry)) {
      // even before it is due: a call waiting out a 429 is not sent once overtaken
      drop(entry);
      return Optional.empty();
    }
    if (entry.notBefore().isAfter(Instant.now(clock))) {
      outbox.release(List.of(entry.id()));
      fromDatabase.remove(chat);
      return Optional.of(none);
    }
    if (blocked.isBlocked(entry.chat())) {
      dropPending(entry.chat());
      fromDatabase.remove(chat);
      return Optional.of(none);
    }
    boolean sent = send(entry);
    return Optional.of(new Pacer.Round(true,
        sent ? FairQueue.Left.MESSAGES : FairQueue.Left.NOTHING));
  }

  /** The held calls go back to the database (a failure, or a lease running out). */
  private void giveBack(String chat, Chat<C> mine) {
    List<Long> ids;
    synchronized (mine) {
      ids = mine.clear();
    }
    outbox.release(ids);
    fromDatabase.add(chat);
  }

  /** An overtaken call is settled without being sent. */
  private boolean drop(Entry<C> entry) {
    settle(entry.id());
    metrics.sent("overtaken");
    return true;
  }

  /**
   * Notes what the chat shows now. The call is settled whatever happens here: a failure must not
   * send it again, it only costs a typed answer the tidying of its question.
   */
  private static void remember(Runnable note) {
    try {
      note.run();
    } catch (RuntimeException e) {
      log.warn("what a chat shows could not be noted: {}", e.getClass().getName());
    }
  }

  /** Makes the call; says whether it is settled, so the chat's next call may follow. */
  private boolean send(Entry<C> entry) {
    SendResult result = channel.send(entry.call());
    if (result instanceof SendResult.Sent sent) {
      metrics.sent("ok");
      delivered.add(new OutboxChannel.Delivered<>(entry.chat(), entry.call(), sent));
      settle(entry.id());
      return true;
    }
    if (result instanceof SendResult.RetryAfter limited) {
      metrics.sent("429");
      retryLater(entry, limited.after());
      pacer.limited(entry.chat());
      return false;
    }
    if (result instanceof SendResult.Gone) {
      metrics.sent("403");
      // dropped first, so that a chat seen as blocked has nothing left waiting
      dropPending(entry.chat());
      blocked.set(entry.chat(), true);
      return false;
    }
    if (result instanceof SendResult.Rejected rejected) {
      metrics.sent("error");
      log.warn("{} refused an outgoing {} with {}", channel.title(),
          channel.describe(entry.call()), rejected.code());
      remember(() -> channel.refused(entry.chat(), entry.call()));
      settle(entry.id());
      return true;
    }
    metrics.sent("error");
    retryLater(entry, backoff(entry));
    return false;
  }

  private void retryLater(Entry<C> entry, Duration wait) {
    outbox.retryAt(entry.id(), Instant.now(clock).plus(wait));
  }

  private static <C> Duration backoff(Entry<C> entry) {
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
