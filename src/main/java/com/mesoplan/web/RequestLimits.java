package com.mesoplan.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits every request body (413 when too large, 411 when its length is not declared) and the
 * rate of requests per client address (429 with Retry-After), so nobody can tie the service up.
 * Every request counts, however its path is spelt; only Telegram's webhook, which Telegram paces
 * itself and which refuses anything without its secret, is not counted.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLimits extends OncePerRequestFilter {

  /** The name the Telegram channel registers its webhook servlet under. */
  static final String WEBHOOK_SERVLET = "telegramWebhook";

  private final long maxBodyBytes;
  private final PerAddress clients;

  RequestLimits(@Value("${mesoplan.http.max-body-bytes:262144}") long maxBodyBytes,
      @Value("${mesoplan.http.api-requests-per-second:20}") int perSecond) {
    this.maxBodyBytes = maxBodyBytes;
    this.clients = new PerAddress(2 * perSecond, perSecond, Duration.ofSeconds(1));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if ("POST".equals(request.getMethod())) {
      long length = request.getContentLengthLong();
      if (length < 0) {
        Problems.write(response, 411, "the request must declare its Content-Length");
        return;
      }
      if (length > maxBodyBytes) {
        Problems.write(response, 413, "the request body is larger than " + maxBodyBytes + " bytes");
        return;
      }
    }
    if (!isTelegramWebhook(request) && !clients.take(request.getRemoteAddr())) {
      response.setHeader("Retry-After", "1");
      Problems.write(response, 429, "too many requests from this address; try again in a second");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isTelegramWebhook(HttpServletRequest request) {
    return request.getHttpServletMapping() != null
        && WEBHOOK_SERVLET.equals(request.getHttpServletMapping().getServletName());
  }
}
