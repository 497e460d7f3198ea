package com.mesoplan.channel.telegram;

import com.mesoplan.messaging.Worker;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Polls getUpdates and moves the offset past a batch only after the batch is stored, so an
 * update acknowledged to Telegram is always in the inbox. After a crash Telegram delivers the
 * unacknowledged batch again and the inbox ignores what it already has.
 */
final class LongPolling {

  private static final Logger log = LoggerFactory.getLogger(LongPolling.class);

  private final TelegramClient client;
  private final TelegramUpdates intake;
  private final int timeoutSeconds;
  private final Worker worker;
  private int offset;
  private int failures;

  LongPolling(TelegramClient client, TelegramUpdates intake, int timeoutSeconds) {
    this.client = client;
    this.intake = intake;
    this.timeoutSeconds = timeoutSeconds;
    this.worker = new Worker("telegram-poll", 1_000, this::poll);
  }

  void start() {
    worker.start();
  }

  void stop() {
    worker.stop();
  }

  private boolean poll() throws Exception {
    List<Update> updates;
    try {
      updates = client.execute(GetUpdates.builder().offset(offset).timeout(timeoutSeconds)
          .limit(100).allowedUpdates(TelegramUpdates.UPDATE_TYPES).build());
    } catch (Exception e) {
      failures++;
      log.warn("getUpdates failed ({} in a row): {}", failures,
          e.getCause() == null ? e.getMessage() : e.getMessage() + ": " + e.getCause());
      Thread.sleep(Math.min(30_000L, 500L * failures));
      return true;
    }
    failures = 0;
    if (!updates.isEmpty()) {
      intake.storeAll(updates);
      offset = updates.stream().mapToInt(Update::getUpdateId).max().getAsInt() + 1;
    }
    return true;
  }
}
