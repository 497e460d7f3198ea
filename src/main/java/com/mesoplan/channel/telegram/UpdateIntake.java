package com.mesoplan.channel.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Stores received updates (deduplicated) and takes their turns before they are acknowledged;
 * shared by both modes. Updates that arrive while a write is under way are stored together in
 * the next one: the updates, their turns and the turns' replies commit in one transaction, and
 * each caller returns once its own update is durable.
 *
 * <p>One writer takes the updates in the order they came, so a chat's updates keep their order;
 * the bigger its groups, the fewer commits (on 2 cores, one writer took 40% more updates a
 * second than three writing side by side, on H2 and on PostgreSQL). An update whose chat still
 * has updates waiting in the inbox (stored by another instance, or set aside after a failure)
 * joins them there instead, and so does every update of a write that fails (a redelivery, a
 * turn that failed, a conflict with another instance): each is then stored on its own and taken
 * from the inbox.
 */
final class UpdateIntake {

  private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);
  /** The most updates one transaction stores. */
  private static final int GROUP = 200;

  /** The update types mesoplan acts on, asked for in getUpdates and setWebhook. */
  static final List<String> UPDATE_TYPES =
      List.of("message", "edited_message", "callback_query", "my_chat_member");

  /** An update as received: its id, its chat, the JSON as stored, and the JSON read. */
  record Received(long updateId, long chatId, String body, Update update) {}

  /** What becomes of stored updates. */
  interface Turns {
    /** Whether turns are taken now; when not, updates wait in the inbox. */
    boolean taking();

    /** Takes the turn of an update stored in the caller's transaction. */
    void take(Received update);

    /** Updates stored to wait in the inbox, to be taken from there once committed. */
    void waiting(List<Received> updates);
  }

  private record Waiting(Received update, CompletableFuture<Boolean> stored) {}

  private final Inbox inbox;
  private final ObjectMapper json;
  private final TransactionTemplate transaction;
  private final Turns turns;
  private final TelegramMetrics metrics;
  private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
  private final Thread writer;

  UpdateIntake(Inbox inbox, ObjectMapper json, TransactionTemplate transaction, Turns turns,
      TelegramMetrics metrics) {
    this.metrics = metrics;
    this.inbox = inbox;
    this.json = json;
    this.transaction = transaction;
    this.turns = turns;
    this.writer = new Thread(this::write, "telegram-intake");
    writer.setDaemon(true);
    writer.start();
  }

  void stop() {
    writer.interrupt();
  }

  /** Stores a batch from getUpdates; returns only once all of it is durable. */
  void storeAll(List<Update> updates) throws JsonProcessingException, StorageException {
    List<CompletableFuture<Boolean>> stored = new ArrayList<>();
    for (Update update : updates) {
      stored.add(submit(new Received(update.getUpdateId(), UpdateReader.chatOf(update),
          json.writeValueAsString(update), update)));
    }
    for (CompletableFuture<Boolean> each : stored) {
      await(each);
    }
  }

  /**
   * A webhook body: read to check it is an update, stored as received. Returns whether it was
   * new; an {@link IllegalArgumentException} or {@link JsonProcessingException} says it is not
   * an update, a {@link StorageException} that it could not be stored.
   */
  boolean store(String body) throws JsonProcessingException, StorageException {
    Update update = json.readValue(body, Update.class);
    if (update.getUpdateId() == null) {
      throw new IllegalArgumentException("not an update: no update_id");
    }
    return await(submit(new Received(update.getUpdateId(), UpdateReader.chatOf(update), body,
        update)));
  }

  /** The update could not be stored: it must not be acknowledged. */
  static final class StorageException extends Exception {
    StorageException(Throwable cause) {
      super("the update could not be stored", cause);
    }
  }

  private CompletableFuture<Boolean> submit(Received update) {
    CompletableFuture<Boolean> stored = new CompletableFuture<>();
    queue.add(new Waiting(update, stored));
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
    List<Waiting> group = new ArrayList<>(GROUP);
    while (!Thread.currentThread().isInterrupted()) {
      try {
        group.add(queue.take());
      } catch (InterruptedException e) {
        return;
      }
      queue.drainTo(group, GROUP - 1);
      group.sort(Comparator.comparingLong(w -> w.update().updateId()));
      List<Received> waiting;
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
  private List<Received> storeTogether(List<Waiting> group) {
    List<Received> updates = group.stream().map(Waiting::update).toList();
    List<Received> waiting = transaction.execute(status -> {
      List<Received> now = new ArrayList<>(updates.size());
      List<Received> later = new ArrayList<>();
      boolean taking = turns.taking();
      Set<Long> behind = taking ? inbox.chatsWaitingAmong(
          updates.stream().map(Received::chatId).collect(Collectors.toSet())) : Set.of();
      for (Received update : updates) {
        (taking && !behind.contains(update.chatId()) ? now : later).add(update);
      }
      inbox.storeAll(later, now);
      now.forEach(turns::take);
      return later;
    });
    metrics.received.increment(group.size());
    group.forEach(w -> w.stored().complete(true));
    return waiting;
  }

  /** Each on its own, duplicates skipped, the new ones left waiting in the inbox. */
  private List<Received> storeOneByOne(List<Waiting> group) {
    List<Received> fresh = new ArrayList<>(group.size());
    for (Waiting waiting : group) {
      Received update = waiting.update();
      try {
        boolean isNew = inbox.store(update.updateId(), update.chatId(), update.body());
        if (isNew) {
          metrics.received.increment();
          fresh.add(update);
        }
        waiting.stored().complete(isNew);
      } catch (DataAccessException e) {
        log.warn("update {} could not be stored: {}", update.updateId(),
            e.getClass().getSimpleName());
        waiting.stored().completeExceptionally(e);
      }
    }
    return fresh;
  }

  private void hand(List<Received> waiting) {
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
