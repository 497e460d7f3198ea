package com.mesoplan.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class ConsoleActivityTest {

  private final MockHttpSession session = new MockHttpSession();
  private Instant now = Instant.ofEpochMilli(session.getCreationTime());
  private final Clock clock = new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  };
  private final ConsoleActivity activity = new ConsoleActivity(Duration.ofMinutes(30), clock);

  private MockHttpServletResponse visit(String path, String... header) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    request.setServletPath(path);
    request.setSession(session);
    for (int i = 0; i < header.length; i += 2) {
      request.addHeader(header[i], header[i + 1]);
    }
    MockHttpServletResponse response = new MockHttpServletResponse();
    activity.preHandle(request, response, new Object());
    return response;
  }

  private void later(Duration by) {
    now = now.plus(by);
  }

  @Test
  void thePagesOwnBackgroundRequestsDoNotKeepAnIdleSessionAlive() throws Exception {
    visit("/console");
    for (int i = 0; i < 5; i++) {
      later(Duration.ofMinutes(5));
      assertThat(visit("/console/events").getStatus()).isEqualTo(200);
      visit("/console/today/flags");
    }
    later(Duration.ofMinutes(6));
    MockHttpServletResponse stream = visit("/console/events", "Accept", "text/event-stream");
    assertThat(stream.getStatus()).as("a stream is not reopened").isEqualTo(204);
    assertThat(session.isInvalid()).isTrue();
  }

  @Test
  void anHtmxRequestOfAnEndedSessionIsSentToSignInAsAWhole() throws Exception {
    visit("/console");
    later(Duration.ofMinutes(31));
    MockHttpServletResponse fragment = visit("/console/today/flags", "HX-Request", "true");
    assertThat(fragment.getHeader("HX-Redirect")).isEqualTo("/console/sign-in?expired");
  }

  @Test
  void aPersonsOwnRequestsKeepItGoingButNeverPastTwelveHours() throws Exception {
    for (int i = 0; i < 11 * 3; i++) {
      later(Duration.ofMinutes(20));
      assertThat(visit("/console/people").getRedirectedUrl()).isNull();
    }
    assertThat(activity.left(session)).isEqualTo(Duration.ofMinutes(30));
    later(Duration.ofMinutes(61));
    assertThat(visit("/console/people").getRedirectedUrl()).isEqualTo("/console/sign-in?expired");
  }
}
