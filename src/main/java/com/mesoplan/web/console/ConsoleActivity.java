package com.mesoplan.web.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * When a staff member last did something. The page's own background requests (the red-flag
 * stream and the flags it refetches) keep the container's session alive, so the idle timeout
 * is counted here, from requests a person made; a session also ends after twelve hours however
 * busy. An ended session is invalidated and the person sent to sign in again.
 */
final class ConsoleActivity implements HandlerInterceptor {

  static final Set<String> BACKGROUND = Set.of("/console/events", "/console/today/flags");
  static final String LAST = ConsoleActivity.class.getName() + ".last";
  private static final Duration LONGEST = Duration.ofHours(12);

  private final Duration idle;
  private final Clock clock;

  ConsoleActivity(Duration idle, Clock clock) {
    this.idle = idle;
    this.clock = clock;
  }

  Duration idle() {
    return idle;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
      Object handler) throws Exception {
    HttpSession session = request.getSession(false);
    if (session == null || request.getServletPath().startsWith("/console/sign-in")) {
      return true;
    }
    if (left(session).isZero()) {
      session.invalidate();
      String signIn = request.getContextPath() + "/console/sign-in?expired";
      String accept = request.getHeader("Accept");
      if (request.getHeader("HX-Request") != null) {
        response.setHeader("HX-Redirect", signIn);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      } else if (accept != null && accept.contains("text/event-stream")) {
        // an event stream answered 204 is not reopened by the browser
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      } else {
        response.sendRedirect(signIn);
      }
      return false;
    }
    if (!BACKGROUND.contains(request.getServletPath())) {
      session.setAttribute(LAST, Instant.now(clock));
    }
    return true;
  }

  /** How long the session has left before it ends; zero when it has ended. */
  Duration left(HttpSession session) {
    Instant now = Instant.now(clock);
    Instant last = session.getAttribute(LAST) instanceof Instant at ? at
        : Instant.ofEpochMilli(session.getCreationTime());
    Instant ends = last.plus(idle);
    Instant latest = Instant.ofEpochMilli(session.getCreationTime()).plus(LONGEST);
    Instant end = ends.isBefore(latest) ? ends : latest;
    return now.isBefore(end) ? Duration.between(now, end) : Duration.ZERO;
  }
}
