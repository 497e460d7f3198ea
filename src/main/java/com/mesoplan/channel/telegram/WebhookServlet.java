package com.mesoplan.channel.telegram;

import com.mesoplan.messaging.UpdateIntake;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Receives updates from Telegram in webhook mode. A missing or wrong secret token is refused
 * with 401 and nothing is stored; a body that is not an update gets 400; a stored update 200;
 * an update that could not be stored (the database is down) 503, so Telegram sends it again.
 *
 * <p>A plain servlet on the webhook's path: every update passes here, and it needs none of the
 * request mapping and argument conversion of the MVC dispatcher. The request filters (body size
 * limits) apply to it as to every path.
 */
final class WebhookServlet extends HttpServlet {

  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

  private final transient TelegramUpdates intake;
  private final byte[] secret;

  WebhookServlet(TelegramUpdates intake, TelegramSettings settings) {
    this.intake = intake;
    this.secret = settings.webhookSecret().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String token = request.getHeader(SECRET_HEADER);
    if (token == null
        || !MessageDigest.isEqual(secret, token.getBytes(StandardCharsets.UTF_8))) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    try {
      intake.store(utf8(request.getInputStream().readAllBytes()));
    } catch (UpdateIntake.StorageException e) {
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    } catch (Exception e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    response.setStatus(HttpServletResponse.SC_OK);
  }

  /** The body as text; bytes that are not UTF-8 make it no update (400), not a garbled one. */
  private static String utf8(byte[] body) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
  }
}
