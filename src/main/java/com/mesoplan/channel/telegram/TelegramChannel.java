package com.mesoplan.channel.telegram;

import com.mesoplan.conversation.CommandCatalogue;
import com.mesoplan.i18n.Messages;
import com.mesoplan.messaging.InboxDispatcher;
import com.mesoplan.messaging.OutboxSender;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Starts and stops the Telegram channel: the command menu in every language, the webhook or
 * long polling, the inbox dispatcher and the outbox sender.
 */
final class TelegramChannel implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(TelegramChannel.class);

  private final TelegramClient client;
  private final TelegramSettings settings;
  private final Messages messages;
  private final LongPolling polling;
  private final InboxDispatcher<Update> dispatcher;
  private final OutboxSender<Outgoing> sender;
  private volatile boolean running;

  TelegramChannel(TelegramClient client, TelegramSettings settings, Messages messages,
      LongPolling polling, InboxDispatcher<Update> dispatcher, OutboxSender<Outgoing> sender) {
    this.client = client;
    this.settings = settings;
    this.messages = messages;
    this.polling = polling;
    this.dispatcher = dispatcher;
    this.sender = sender;
  }

  @Override
  public void start() {
    running = true;
    Thread setUp = new Thread(this::setUpBot, "telegram-setup");
    setUp.setDaemon(true);
    setUp.start();
    if (settings.processing()) {
      dispatcher.start();
    }
    if (settings.sending()) {
      sender.start();
    }
  }

  /** The command menu and the delivery mode; Telegram being down only delays them. */
  private void setUpBot() {
    for (String language : messages.languages()) {
      call(SetMyCommands.builder().commands(commands(language)).languageCode(language).build());
    }
    call(SetMyCommands.builder().commands(commands(Messages.REFERENCE_LANGUAGE)).build());
    if (settings.webhookMode()) {
      try {
        client.execute(SetWebhook.builder().url(settings.webhookUrl())
            .secretToken(settings.webhookSecret()).allowedUpdates(TelegramUpdates.UPDATE_TYPES)
            .build());
      } catch (TelegramApiException e) {
        log.warn("setWebhook failed: {}", e.getMessage());
      }
    } else {
      call(DeleteWebhook.builder().build());
      if (running) {
        polling.start();
      }
    }
  }

  private List<BotCommand> commands(String language) {
    return CommandCatalogue.PERSON.stream().map(c -> new BotCommand(c,
        CommandCatalogue.description(messages, language, c))).toList();
  }

  private void call(BotApiMethod<?> method) {
    try {
      client.execute(method);
    } catch (TelegramApiException e) {
      log.warn("{} failed: {}", method.getMethod(), e.getMessage());
    }
  }

  @Override
  public void stop() {
    running = false;
    polling.stop();
    dispatcher.stop();
    sender.stop();
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
