package com.mesoplan.channel.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Whether the Bot API answers (getMe), checked at most every half minute. It is part of
 * readiness only: Telegram being down must not get a live instance restarted, since updates and
 * replies wait safely in the database.
 */
final class TelegramHealth implements HealthIndicator {

  private static final Duration RECHECK = Duration.ofSeconds(30);

  private final TelegramClient client;
  private final Clock clock;
  private volatile Health last;
  private volatile Instant checkedAt = Instant.MIN;

  TelegramHealth(TelegramClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  @Override
  public Health health() {
    Instant now = clock.instant();
    if (last == null || checkedAt.plus(RECHECK).isBefore(now)) {
      last = check();
      checkedAt = now;
    }
    return last;
  }

  private Health check() {
    try {
      client.execute(new GetMe());
      return Health.up().build();
    } catch (TelegramApiException e) {
      return Health.down().withDetail("botApi", "not reachable").build();
    }
  }
}
