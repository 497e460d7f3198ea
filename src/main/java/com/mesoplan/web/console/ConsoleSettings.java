package com.mesoplan.web.console;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How staff reach the console: the address links point to ({@code MESOPLAN_PUBLIC_URL}; the
 * session cookie is {@code Secure} when it is HTTPS) and, for deployments without Telegram, the
 * bcrypt hash of a password ({@code MESOPLAN_CONSOLE_PASSWORD_BCRYPT}).
 */
@ConfigurationProperties("mesoplan.web-console")
record ConsoleSettings(
    @DefaultValue("") String publicUrl,
    @DefaultValue("") String passwordBcrypt) {

  /** The one user a password signs in as. */
  static final String PASSWORD_USER = "clinic";

  boolean passwordSignIn() {
    return !passwordBcrypt.isBlank();
  }

  boolean https() {
    return publicUrl.regionMatches(true, 0, "https://", 0, 8);
  }
}
