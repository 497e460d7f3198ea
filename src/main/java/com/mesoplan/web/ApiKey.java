package com.mesoplan.web;

import com.mesoplan.config.InvalidConfigurationException;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

/**
 * The clinic's systems authenticate with {@code Authorization: Bearer <key>}: the key's SHA-256
 * must equal the configured hash, compared in constant time. Only the hash is configured, so a
 * leaked configuration does not leak the key. Without a configured hash nobody is authenticated
 * and the personal-data endpoints are switched off.
 */
final class ApiKey implements AuthenticationManager, AuthenticationConverter {

  /** Who acts in the audit trail when the API key was used. */
  static final String ACTOR = "API key";
  static final String AUTHORITY = "ROLE_CLINIC_SYSTEM";
  static final String SETTING = "mesoplan.api.key-sha256 (MESOPLAN_API_KEY_SHA256)";

  private final Optional<byte[]> hash;

  ApiKey(String hexHash) {
    this.hash = parse(hexHash.strip());
  }

  boolean configured() {
    return hash.isPresent();
  }

  private static Optional<byte[]> parse(String hex) {
    if (hex.isEmpty()) {
      return Optional.empty();
    }
    if (!hex.matches("[0-9a-fA-F]{64}")) {
      throw new InvalidConfigurationException(SETTING, "must be the SHA-256 of the API key as "
          + "64 hexadecimal digits (printf %s \"$KEY\" | sha256sum), not the key itself");
    }
    return Optional.of(HexFormat.of().parseHex(hex));
  }

  /** The presented key, or null when the request presents none (it stays anonymous). */
  @Override
  public Authentication convert(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || header.isBlank()) {
      return null;
    }
    String key = header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
    return new PreAuthenticatedAuthenticationToken(ACTOR, key);
  }

  @Override
  public Authentication authenticate(Authentication presented) throws AuthenticationException {
    String key = String.valueOf(presented.getCredentials());
    if (hash.isEmpty() || key.isEmpty() || !MessageDigest.isEqual(sha256(key), hash.get())) {
      throw new BadCredentialsException("a valid API key is needed: Authorization: Bearer <key>");
    }
    return new PreAuthenticatedAuthenticationToken(ACTOR, null,
        List.of(new SimpleGrantedAuthority(AUTHORITY)));
  }

  static byte[] sha256(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
