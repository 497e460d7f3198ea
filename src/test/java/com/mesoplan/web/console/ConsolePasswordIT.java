package com.mesoplan.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.mesoplan.Databases;
import com.mesoplan.MesoplanApplication;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Without Telegram the console opens with the configured password; with neither a password nor
 * a staff chat it only says how to switch it on.
 */
class ConsolePasswordIT {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @TempDir
  Path dataDir;

  private ConfigurableApplicationContext start(String... extra) {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
        "--mesoplan.console=false"));
    args.addAll(Databases.arguments(Databases.H2, dataDir));
    args.addAll(List.of(extra));
    return new SpringApplicationBuilder(MesoplanApplication.class).run(args.toArray(String[]::new));
  }

  private static String base(ConfigurableApplicationContext app) {
    return "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> signIn(HttpClient http, String base, String password)
      throws Exception {
    Matcher token = CSRF.matcher(get(http, base + "/console/sign-in").body());
    assertThat(token.find()).isTrue();
    return http.send(HttpRequest.newBuilder(URI.create(base + "/console/sign-in/password"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=clinic&password=" + password
            + "&_csrf=" + token.group(1))).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void thePasswordOpensTheConsoleAndAWrongOneDoesNot() throws Exception {
    String hash = new BCryptPasswordEncoder(4).encode("a long clinic password");
    try (ConfigurableApplicationContext app = start(
        "--mesoplan.web-console.password-bcrypt=" + hash)) {
      CookieManager cookies = new CookieManager();
      HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NORMAL).build();
      HttpResponse<String> wrong = signIn(http, base(app), "guess");
      assertThat(wrong.uri().toString()).endsWith("/console/sign-in?refused=password");
      assertThat(wrong.body()).contains("That password is not right.");
      assertThat(get(http, base(app) + "/console").body()).doesNotContain("Red flags");

      HttpResponse<String> right = signIn(http, base(app), "a+long+clinic+password");
      assertThat(right.uri().toString()).endsWith("/console");
      assertThat(right.body()).contains("Red flags").contains("clinic");
      HttpCookie session = cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals("MESOPLAN_CONSOLE")).findFirst().orElseThrow();
      assertThat(session.isHttpOnly()).isTrue();
      HttpResponse<String> signInAnswer = right.previousResponse().orElseThrow();
      assertThat(signInAnswer.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
          .startsWith("MESOPLAN_CONSOLE=").contains("HttpOnly").contains("SameSite=Strict")
          .doesNotContain("Secure"));
      assertThat(app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
          .sql("select count(*) from audit where actor = 'staff console password' "
              + "and action = 'console: signed in by password'").query(Long.class).single())
          .isEqualTo(1);
    }
  }

  @Test
  void aSignedInStaffMemberStaysSignedInAcrossARestart() throws Exception {
    String hash = new BCryptPasswordEncoder(4).encode("pw");
    CookieManager cookies = new CookieManager();
    HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    try (ConfigurableApplicationContext app = start(
        "--mesoplan.web-console.password-bcrypt=" + hash)) {
      assertThat(signIn(http, base(app), "pw").body()).contains("Red flags");
    }
    // cookies go by host, not port: the same browser, the restarted server
    try (ConfigurableApplicationContext again = start(
        "--mesoplan.web-console.password-bcrypt=" + hash)) {
      HttpResponse<String> today = get(http, base(again) + "/console");
      assertThat(today.uri().toString()).endsWith("/console");
      assertThat(today.body()).contains("Red flags");
    }
  }

  @Test
  void withNeitherAPasswordNorAStaffChatTheConsoleSaysHowToSwitchItOn() throws Exception {
    try (ConfigurableApplicationContext app = start()) {
      HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL).build();
      HttpResponse<String> page = get(http, base(app) + "/console");
      assertThat(page.body()).contains("The console is switched off")
          .contains("MESOPLAN_CONSOLE_PASSWORD_BCRYPT").doesNotContain("type=\"password\"")
          .doesNotContain("/console/sign-in/link");
    }
  }

  @Test
  void aPasswordSettingThatIsNotABcryptHashStopsTheStart() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> start(
            "--mesoplan.web-console.password-bcrypt=plain-text-password"))
        .rootCause().hasMessageContaining("MESOPLAN_CONSOLE_PASSWORD_BCRYPT")
        .hasMessageContaining("bcrypt");
  }
}
