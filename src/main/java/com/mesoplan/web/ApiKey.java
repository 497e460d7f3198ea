package com.mesoplan.web;

import com.mesoplan.config.InvalidConfigurationException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the endpoints that return or erase personal data ({@value #PREFIXES_TEXT}): the request
 * must carry {@code Authorization: Bearer <key>} whose SHA-256 equals the configured hash,
 * compared in constant time. Only the hash is configured, so a leaked configuration does not
 * leak the key. Without a configured hash these endpoints are switched off (403).
 */
/* After RequestLimits, so guessing keys is rate-limited too. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ApiKey extends OncePerRequestFilter {

  static final String PREFIXES_TEXT = "/api/v1/leads, /api/v1/flags, /api/v1/people/";
  private static final String[] PREFIXES = {"/api/v1/leads", "/api/v1/flags", "/api/v1/people/"};
  private static final String SETTING = "mesoplan.api.key-sha256 (MESOPLAN_API_KEY_SHA256)";

  private final Optional<byte[]> hash;

  ApiKey(@Value("${mesoplan.api.key-sha256:}") String hexHash) {
    this.hash = parse(hexHash.strip());
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

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    for (String prefix : PREFIXES) {
      if (path.startsWith(prefix)) {
        return false;
      }
    }
    return true;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (hash.isEmpty()) {
      RequestLimits.problem(response, 403,
          "the personal-data API is switched off; set " + SETTING + " to switch it on");
      return;
    }
    String header = Optional.ofNullable(request.getHeader("Authorization")).orElse("");
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)
        || !MessageDigest.isEqual(sha256(header.substring(7).strip()), hash.get())) {
      response.setHeader("WWW-Authenticate", "Bearer");
      RequestLimits.problem(response, 401, "a valid API key is needed: Authorization: Bearer <key>");
      return;
    }
    chain.doFilter(request, response);
  }

  static byte[] sha256(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
