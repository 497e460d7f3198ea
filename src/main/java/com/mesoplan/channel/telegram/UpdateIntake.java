package com.mesoplan.channel.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Stores received updates (deduplicated) before they are acknowledged; shared by both modes.
 * Updates that arrive while a write is under way are stored together in the next one, so
 * concurrent webhook requests share one transaction; each caller returns once its own update
 * is durable. What was new is then handed to processing.
 */
final class UpdateIntake {

  private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);
  /** The most updates one transaction stores. */
  private static final int GROUP = 500;

  /** The update types mesoplan acts on, asked for in getUpdates and setWebhook. */
  static final List<String> UPDATE_TYPES =
      List.of("message", "edited_message", "callback_query", "my_chat_member");

  /** An update as received: its id, its chat, the JSON as stored, and the JSON read. */
  record Received(long updateId, long chatId, String body, Update update) {}

  private record Waiting(Received update, CompletableFuture<Boolean> stored) {}

  private final Inbox inbox;
  private final ObjectMapper json;
  private final TransactionTemplate transaction;
  private final Consumer<List<Received>> onNew;
  private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
  private final Thread writer;

  UpdateIntake(Inbox inbox, ObjectMapper json, TransactionTemplate transaction,
      Consumer<List<Received>> onNew) {
    this.inbox = inbox;
    this.json = json;
    this.transaction = transaction;
    this.onNew = onNew;
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
      List<Received> fresh = new ArrayList<>(group.size());
      try {
        storeTogether(group, fresh);
      } catch (DuplicateKeyException e) {
        storeOneByOne(group, fresh);
      } catch (RuntimeException e) {
        log.warn("updates could not be stored: {}", e.toString());
        group.forEach(w -> w.stored().completeExceptionally(e));
      }
      group.clear();
      hand(fresh);
    }
  }

  /** The usual case: none of them is a redelivery, one transaction stores them all. */
  private void storeTogether(List<Waiting> group, List<Received> fresh) {
    List<Received> updates = group.stream().map(Waiting::update).toList();
    transaction.executeWithoutResult(status -> inbox.storeAll(updates));
    fresh.addAll(updates);
    group.forEach(w -> w.stored().complete(true));
  }

  /** A redelivery (or the same update twice in the group): each on its own, duplicates skipped. */
  private void storeOneByOne(List<Waiting> group, List<Received> fresh) {
    for (Waiting waiting : group) {
      Received update = waiting.update();
      try {
        boolean isNew = inbox.store(update.updateId(), update.chatId(), update.body());
        if (isNew) {
          fresh.add(update);
        }
        waiting.stored().complete(isNew);
      } catch (DataAccessException e) {
        log.warn("update {} could not be stored: {}", update.updateId(), e.toString());
        waiting.stored().completeExceptionally(e);
      }
    }
  }

  private void hand(List<Received> fresh) {
    if (fresh.isEmpty()) {
      return;
    }
    try {
      onNew.accept(fresh);
    } catch (RuntimeException e) {
      log.warn("stored updates could not be handed on; they wait in the inbox: {}", e.toString());
    }
  }
}
