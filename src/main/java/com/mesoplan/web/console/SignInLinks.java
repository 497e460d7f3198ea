package com.mesoplan.web.console;

import com.mesoplan.conversation.ConsoleLinks;
import java.util.Optional;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.stereotype.Component;

/**
 * The links {@code /console} answers with in the staff chat: a one-time token of Spring
 * Security's, stored with the turn that gave it, on the public address (or this machine's, when
 * none is configured).
 */
@Component
class SignInLinks implements ConsoleLinks, ApplicationListener<WebServerInitializedEvent> {

  private final OneTimeTokenService tokens;
  private final ConsoleSettings settings;
  private volatile String localAddress = "http://localhost:8080";

  SignInLinks(OneTimeTokenService tokens, ConsoleSettings settings) {
    this.tokens = tokens;
    this.settings = settings;
  }

  @Override
  public void onApplicationEvent(WebServerInitializedEvent event) {
    if (event.getApplicationContext().getServerNamespace() == null) {
      localAddress = "http://localhost:" + event.getWebServer().getPort();
    }
  }

  @Override
  public Optional<String> signInLink(String staffMember) {
    if (!StaffMembers.isChannelUser(staffMember)) {
      return Optional.empty();
    }
    String token = tokens.generate(new GenerateOneTimeTokenRequest(staffMember, VALID))
        .getTokenValue();
    String base = settings.publicUrl().isBlank() ? localAddress
        : settings.publicUrl().replaceAll("/+$", "");
    return Optional.of(base + "/console/sign-in?token=" + token);
  }
}
