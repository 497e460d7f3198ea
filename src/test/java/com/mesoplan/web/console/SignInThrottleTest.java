package com.mesoplan.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SignInThrottleTest {

  private static final String PATH = "/console/sign-in/password";
  private final SignInThrottle throttle = new SignInThrottle(PATH);

  private boolean passes(String method, String path, String address) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    request.setServletPath(path);
    request.setRemoteAddr(address);
    MockFilterChain chain = new MockFilterChain();
    throttle.doFilter(request, new MockHttpServletResponse(), chain);
    return chain.getRequest() != null;
  }

  @Test
  void fiveGuessesAMinuteFromOneAddressAndThirtyInAll() throws Exception {
    for (int i = 0; i < 5; i++) {
      assertThat(passes("POST", PATH, "10.0.0.1")).isTrue();
    }
    assertThat(passes("POST", PATH, "10.0.0.1")).isFalse();
    assertThat(passes("GET", "/console/sign-in", "10.0.0.1")).as("only guesses count").isTrue();
    int passed = 0;
    for (int i = 2; i < 40; i++) {
      passed += passes("POST", PATH, "10.0.0." + i) ? 1 : 0;
    }
    assertThat(passed).isEqualTo(25);
  }
}
