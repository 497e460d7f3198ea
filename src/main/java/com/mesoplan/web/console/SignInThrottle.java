package com.mesoplan.web.console;

import com.mesoplan.web.PerAddress;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Password guesses are slow: five a minute from one address and thirty a minute in all (each
 * also costs a bcrypt check), with Bucket4j's token buckets. A refused attempt goes back to the
 * sign-in page, which says to wait.
 */
final class SignInThrottle extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

  private final String path;
  private final Bucket overall = Bucket.builder().addLimit(perMinute(30)).build();
  private final PerAddress byAddress = new PerAddress(5, Duration.ofMinutes(1));

  SignInThrottle(String path) {
    this.path = path;
  }

  private static Bandwidth perMinute(int attempts) {
    return Bandwidth.builder().capacity(attempts).refillGreedy(attempts, Duration.ofMinutes(1))
        .build();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !("POST".equals(request.getMethod()) && path.equals(request.getServletPath()));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (!byAddress.take(request.getRemoteAddr()) || !overall.tryConsume(1)) {
      log.warn("console password attempts refused: too many in the last minute");
      response.sendRedirect(request.getContextPath() + "/console/sign-in?refused=wait");
      return;
    }
    chain.doFilter(request, response);
  }
}
