package com.mesoplan.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * open API's rate per client address (429 with Retry-After), so nobody can tie the service up.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLimits extends OncePerRequestFilter {

  private final long maxBodyBytes;
  private final int perSecond;
  private final Cache<String, Bucket> clients =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();

  RequestLimits(@Value("${mesoplan.http.max-body-bytes:262144}") long maxBodyBytes,
      @Value("${mesoplan.http.api-requests-per-second:20}") int perSecond) {
    this.maxBodyBytes = maxBodyBytes;
    this.perSecond = perSecond;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if ("POST".equals(request.getMethod())) {
      long length = request.getContentLengthLong();
      if (length < 0) {
        problem(response, 411, "the request must declare its Content-Length");
        return;
      }
      if (length > maxBodyBytes) {
        problem(response, 413, "the request body is larger than " + maxBodyBytes + " bytes");
        return;
      }
    }
    if (request.getRequestURI().startsWith("/api/") && !bucketOf(request).tryConsume(1)) {
      response.setHeader("Retry-After", "1");
      problem(response, 429, "too many requests from this address; try again in a second");
      return;
    }
    chain.doFilter(request, response);
  }

  private Bucket bucketOf(HttpServletRequest request) {
    return clients.get(request.getRemoteAddr(), address -> Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(2L * perSecond)
            .refillGreedy(perSecond, Duration.ofSeconds(1)).build()).build());
  }

  static void problem(HttpServletResponse response, int status, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.getWriter().write("{\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
  }
}
