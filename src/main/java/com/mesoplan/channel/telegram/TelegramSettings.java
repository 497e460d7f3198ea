package com.mesoplan.channel.telegram;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How to reach Telegram ({@code TELEGRAM_BOT_TOKEN}, {@code TELEGRAM_API_URL},
 * {@code TELEGRAM_WEBHOOK_URL}, {@code TELEGRAM_WEBHOOK_SECRET}) and how fast to send.
 */
@ConfigurationProperties("telegram")
public record TelegramSettings(
    @DefaultValue("") String botToken,
    @DefaultValue("https://api.telegram.org") String apiUrl,
    @DefaultValue("") String webhookUrl,
    @DefaultValue("") String webhookSecret,
    @DefaultValue("/telegram/webhook") String webhookPath,
    @DefaultValue("25") int pollTimeoutSeconds,
    @DefaultValue("30") int messagesPerSecond,
    @DefaultValue("1") int chatMessagesPerSecond,
    @DefaultValue("3") int chatBurst,
    @DefaultValue("true") boolean processing,
    @DefaultValue("true") boolean sending) {

  public boolean webhookMode() {
    return !webhookUrl.isBlank();
  }
}
