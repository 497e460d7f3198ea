package com.mesoplan.channel.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/**
 * Receives updates from Telegram in webhook mode. A missing or wrong secret token is refused
 * with 401 and nothing is stored; a body that is not an update gets 400; a stored update 200;
 * an update that could not be stored (the database is down) 503, so Telegram sends it again.
 */
@RestController
@ConditionalOnExpression("'${telegram.bot-token:}' != '' && '${telegram.webhook-url:}' != ''")
class WebhookController {

  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

  private final UpdateIntake intake;
  private final byte[] secret;

  WebhookController(UpdateIntake intake, TelegramSettings settings) {
    this.intake = intake;
    this.secret = settings.webhookSecret().getBytes(StandardCharsets.UTF_8);
  }

  @PostMapping(path = "${telegram.webhook-path:/telegram/webhook}")
  ResponseEntity<Void> receive(
      @RequestHeader(name = SECRET_HEADER, required = false) String token,
      @RequestBody(required = false) String body) {
    if (token == null
        || !MessageDigest.isEqual(secret, token.getBytes(StandardCharsets.UTF_8))) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
    }
    try {
      intake.store(body == null ? "" : body);
    } catch (UpdateIntake.StorageException e) {
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
    } catch (Exception e) {
      return ResponseEntity.badRequest().build();
    }
    return ResponseEntity.ok().build();
  }
}
