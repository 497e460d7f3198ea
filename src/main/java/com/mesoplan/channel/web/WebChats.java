package com.mesoplan.channel.web;

import com.mesoplan.conversation.ChatId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * A browser's chat: the browser keeps an opaque key (256 random bits, nothing personal), the
 * server knows the chat by the key's SHA-256 only ({@code web:<hash>}). Whoever holds the key
 * reads the chat, so it never leaves the browser but to this server, and the server never
 * stores it.
 */
final class WebChats {

  static final String CHANNEL = "web";
  private static final SecureRandom RANDOM = new SecureRandom();

  private WebChats() {}

  /** A new browser key. */
  static String newKey() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The chat a key opens; empty for anything that is not a key this server could have made. */
  static Optional<String> chatOf(String key) {
    if (key == null || !key.matches("[A-Za-z0-9_-]{43}")) {
      return Optional.empty();
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(key.getBytes(StandardCharsets.US_ASCII));
      String id = Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 32);
      return Optional.of(new ChatId(CHANNEL, id).toString());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static boolean isWebChat(String chat) {
    return ChatId.parse(chat).map(c -> c.isOn(CHANNEL)).orElse(false);
  }
}
