package com.mesoplan.messaging;

import com.mesoplan.messaging.Inbox.Delivery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a channel's received updates (deduplicated) and takes their turns before they are
 * acknowledged. Updates that arrive while a write is under way are stored together in the next
 * one: the updates, their turns and the turns' replies commit in one transaction, and each
 * caller returns once its own update is durable.
 *
 * <p>One writer takes the updates in the order they came (or the channel's own order within a
 * group), so a chat's updates keep their order; the bigger its groups, the fewer commits (on 2
 * cores, one writer took 40% more updates a second than three writing side by side, on H2 and
 * on PostgreSQL). An update whose chat still has updates waiting in the inbox (stored by another
 * instance, or set aside after a failure) joins them there instead, and so does every update of
 * a write that fails (a redelivery, a turn that failed, a conflict with another instance): each
 * is then stored on its own and taken from the inbox.
 *
 * @param <U> the channel's update, as read
 */
public final class UpdateIntake<U> {

  private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);
  /** The most updates one transaction stores. */
  private static final int GROUP = 200;

  /** An update as received and stored, and as read. */
  public record Received<U>(Delivery delivery, U update) {}

  /** What becomes of stored updates ({@link InboxDispatcher}). */
  public interface Handoff<U> {
    /** Whether turns are taken now; when not, updates wait in the inbox. */
    boolean taking();

    /** Takes the turn of an update stored in the caller's transaction. */
    void take(Received<U> update);

    /** Updates stored to wait in the inbox, to be taken from there once committed. */
    void waiting(List<Received<U>> updates);
  }

  private record Waiting<U>(Received<U> update, CompletableFuture<Boolean> stored) {}

  private final Inbox inbox;
  private final TransactionTemplate transaction;
  private final Handoff<U> turns;
  private final ChannelMetrics metrics;
  private final Comparator<Received<U>> order;
  private final BlockingQueue<Waiting<U>> queue = new LinkedBlockingQueue<>();
  private final Thread writer;

  /**
   * @param order how a group of updates is put in order before it is stored (the channel's own
   *     numbering), or none to keep the order they came in
   */
  public UpdateIntake(String channel, Inbox inbox, TransactionTemplate transaction,
      Handoff<U> turns, ChannelMetrics metrics, Comparator<Received<U>> order) {
    this.metrics = metrics;
    this.inbox = inbox;
    this.transaction = transaction;
    this.turns = turns;
    this.order = order;
    this.writer = new Thread(this::write, channel + "-intake");
    writer.setDaemon(true);
    writer.start();
  }

  public void stop() {
    writer.interrupt();
  }

  /** Stores updates; returns only once all of them are durable. */
  public void storeAll(List<Received<U>> updates) throws StorageException {
    List<CompletableFuture<Boolean>> stored = new ArrayList<>();
    for (Received<U> update : updates) {
      stored.add(submit(update));
    }
    for (CompletableFuture<Boolean> each : stored) {
      await(each);
    }
  }

  /** Stores an update; returns once it is durable, saying whether it was new. */
  public boolean store(Received<U> update) throws StorageException {
    return await(submit(update));
  }

  /** The update could not be stored: it must not be acknowledged. */
  public static final class StorageException extends Exception {
    StorageException(Throwable cause) {
      super("the update could not be stored", cause);
    }
  }

  private CompletableFuture<Boolean> submit(Received<U> update) {
    CompletableFuture<Boolean> stored = new CompletableFuture<>();
    queue.add(new Waiting<>(update, stored));
    return stored;
  }

  private static boolean await(CompletableFuture<Boolean> stored) throws StorageException {
    try {
      return stored.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageException(e);
    } catch (ExecutionException e) {
      throw new StorageException(e.getCause());
    }
  }

  private void write() {
    List<Waiting<U>> group = new ArrayList<>(GROUP);
    while (!Thread.currentThread().isInterrupted()) {
      try {
        group.add(queue.take());
      } catch (InterruptedException e) {
        return;
      }
      queue.drainTo(group, GROUP - 1);
      if (order != null) {
        group.sort((a, b) -> order.compare(a.update(), b.update()));
      }
      List<Received<U>> waiting;
      try {
        waiting = storeTogether(group);
      } catch (RuntimeException e) {
        if (!(e instanceof DuplicateKeyException)) {
          log.warn("{} updates stored together failed; each waits in the inbox: {}",
              group.size(), e.getClass().getSimpleName());
        }
        waiting = storeOneByOne(group);
      }
      group.clear();
      hand(waiting);
    }
  }

  /**
   * The usual case, none of them a redelivery: one transaction stores them all and takes the
   * turns of those whose chat has nothing waiting. Returns the updates left waiting.
   */
  private List<Received<U>> storeTogether(List<Waiting<U>> group) {
    List<Received<U>> updates = group.stream().map(Waiting::update).toList();
    List<Received<U>> waiting = transaction.execute(status -> {
      List<Received<U>> now = new ArrayList<>(updates.size());
      List<Received<U>> later = new ArrayList<>();
      boolean taking = turns.taking();
      Set<String> behind = taking ? inbox.chatsWaitingAmong(
          updates.stream().map(u -> u.delivery().chat()).collect(Collectors.toSet())) : Set.of();
      for (Received<U> update : updates) {
        boolean takeNow = taking && update.update() != null
            && !behind.contains(update.delivery().chat());
        (takeNow ? now : later).add(update);
      }
      inbox.storeAll(deliveries(later), deliveries(now));
      now.forEach(turns::take);
      return later;
    });
    metrics.received.increment(group.size());
    group.forEach(w -> w.stored().complete(true));
    return waiting;
  }

  private static <U> List<Delivery> deliveries(List<Received<U>> updates) {
    return updates.stream().map(Received::delivery).toList();
  }

  /** Each on its own, duplicates skipped, the new ones left waiting in the inbox. */
  private List<Received<U>> storeOneByOne(List<Waiting<U>> group) {
    List<Received<U>> fresh = new ArrayList<>(group.size());
    for (Waiting<U> waiting : group) {
      Received<U> update = waiting.update();
      try {
        boolean isNew = inbox.store(update.delivery());
        if (isNew) {
          metrics.received.increment();
          fresh.add(update);
        }
        waiting.stored().complete(isNew);
      } catch (DataAccessException e) {
        log.warn("update {} could not be stored: {}", update.delivery().delivery(),
            e.getClass().getSimpleName());
        waiting.stored().completeExceptionally(e);
      }
    }
    return fresh;
  }

  private void hand(List<Received<U>> waiting) {
    if (waiting.isEmpty()) {
      return;
    }
    try {
      turns.waiting(waiting);
    } catch (RuntimeException e) {
      // the class only: an exception's message may quote stored personal data
      log.warn("stored updates could not be handed on; they wait in the inbox: {}",
          e.getClass().getName());
    }
  }
}
