package com.mesoplan.channel.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mesoplan.messaging.Inbox;
import com.mesoplan.messaging.UpdateIntake;
import com.mesoplan.messaging.UpdateIntake.Received;
import com.mesoplan.messaging.UpdateIntake.StorageException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Telegram's updates into the inbox: a batch from getUpdates or a webhook body, each with its
 * {@code update_id} as delivery id (a redelivery is a no-op) and its chat.
 */
final class TelegramUpdates {

  /** The update types mesoplan acts on, asked for in getUpdates and setWebhook. */
  static final List<String> UPDATE_TYPES =
      List.of("message", "edited_message", "callback_query", "my_chat_member");

  /** Telegram numbers its updates: a group is stored in that order. */
  static final Comparator<Received<Update>> IN_ORDER =
      Comparator.comparingLong(u -> u.update().getUpdateId());

  private final UpdateIntake<Update> intake;
  private final ObjectMapper json;

  TelegramUpdates(UpdateIntake<Update> intake, ObjectMapper json) {
    this.intake = intake;
    this.json = json;
  }

  /** Stores a batch from getUpdates; returns only once all of it is durable. */
  void storeAll(List<Update> updates) throws JsonProcessingException, StorageException {
    List<Received<Update>> received = new ArrayList<>(updates.size());
    for (Update update : updates) {
      received.add(received(update, json.writeValueAsString(update)));
    }
    intake.storeAll(received);
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
    return intake.store(received(update, body));
  }

  private static Received<Update> received(Update update, String body) {
    return new Received<>(new Inbox.Delivery(Long.toString(update.getUpdateId()),
        UpdateProcessor.conversationOf(UpdateReader.chatOf(update)), body), update);
  }
}
