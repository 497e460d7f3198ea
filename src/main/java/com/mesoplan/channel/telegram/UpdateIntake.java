package com.mesoplan.channel.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Stores received updates (deduplicated) and wakes the dispatcher; shared by both modes. */
final class UpdateIntake {

  /** The update types mesoplan acts on, asked for in getUpdates and setWebhook. */
  static final List<String> UPDATE_TYPES =
      List.of("message", "edited_message", "callback_query", "my_chat_member");

  private final Inbox inbox;
  private final ObjectMapper json;
  private final TransactionTemplate transaction;
  private final Runnable onStored;
  private final Runnable onNew;

  UpdateIntake(Inbox inbox, ObjectMapper json, TransactionTemplate transaction,
      Runnable onStored, Runnable onNew) {
    this.inbox = inbox;
    this.json = json;
    this.transaction = transaction;
    this.onStored = onStored;
    this.onNew = onNew;
  }

  /** Stores a batch in one transaction; returns only once it is durable. */
  void storeAll(List<Update> updates) throws JsonProcessingException {
    for (Update update : updates) {
      json.writeValueAsString(update);
    }
    transaction.executeWithoutResult(status -> updates.forEach(this::storeOne));
    onStored.run();
  }

  /** A webhook body: parsed to check it is an update, stored as received. */
  boolean store(String body) throws JsonProcessingException {
    Update update = json.readValue(body, Update.class);
    if (update.getUpdateId() == null) {
      throw new IllegalArgumentException("not an update: no update_id");
    }
    boolean stored = inbox.store(update.getUpdateId(), UpdateReader.chatOf(update), body);
    if (stored) {
      onNew.run();
    }
    onStored.run();
    return stored;
  }

  private void storeOne(Update update) {
    try {
      if (inbox.store(update.getUpdateId(), UpdateReader.chatOf(update),
          json.writeValueAsString(update))) {
        onNew.run();
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an update could not be stored", e);
    }
  }
}
