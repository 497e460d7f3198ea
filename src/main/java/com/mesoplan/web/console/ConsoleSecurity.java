package com.mesoplan.web.console;

import com.mesoplan.config.InvalidConfigurationException;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.authentication.ott.JdbcOneTimeTokenService;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationProvider;
import com.mesoplan.conversation.AuditTrail;
import java.util.Optional;

/**
 * Who may open the console, with Spring Security's own mechanisms: a one-time link
 * ({@code /console} in the staff chat; ten minutes, once; the link opens a page with a button, so
 * a link preview cannot spend it) or the configured password; then a session (the cookie is
 * HttpOnly and SameSite=Strict, Secure behind HTTPS, and times out), a CSRF token on every
 * action, and sign-out; sessions live in the database (Spring Session JDBC), so they survive a
 * restart and every instance knows them. Nothing under {@code /console} but the sign-in page and its assets is
 * served without a session.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleSettings.class)
class ConsoleSecurity {

  static final String STAFF = "STAFF";
  private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");
  private static final String SIGN_IN = "/console/sign-in";

  @Bean
  OneTimeTokenService consoleLinkTokens(JdbcOperations jdbc, Clock clock) {
    JdbcOneTimeTokenService tokens = new JdbcOneTimeTokenService(jdbc);
    tokens.setClock(clock);
    return tokens;
  }

  @Bean
  PasswordEncoder consolePasswords() {
    return new BCryptPasswordEncoder();
  }

  /** The clinic, signed in by password (the form login's only user). */
  @Bean
  UserDetailsService consoleStaff(ConsoleSettings settings) {
    if (settings.passwordSignIn() && !BCRYPT.matcher(settings.passwordBcrypt()).matches()) {
      throw new InvalidConfigurationException("MESOPLAN_CONSOLE_PASSWORD_BCRYPT",
          "is not a bcrypt hash (it starts with $2a$, $2b$ or $2y$ and has 60 characters); "
              + "make one with: htpasswd -nbBC 12 clinic 'your password' | cut -d: -f2");
    }
    return username -> {
      if (username.equals(ConsoleSettings.PASSWORD_USER) && settings.passwordSignIn()) {
        return User.withUsername(username).password(settings.passwordBcrypt()).roles(STAFF)
            .build();
      }
      throw new UsernameNotFoundException("not the clinic");
    };
  }

  /** Staff signed in by a link, as their channel names them; links are made for staff alone. */
  private static UserDetailsService linkedStaff() {
    return username -> {
      if (StaffMembers.isChannelUser(username)) {
        return User.withUsername(username).password("{noop}").roles(STAFF).build();
      }
      throw new UsernameNotFoundException("not a staff member");
    };
  }

  @Bean
  @Order(1)
  SecurityFilterChain consoleAccess(HttpSecurity http, OneTimeTokenService tokens,
      AuditTrail audit) throws Exception {
    return http
        .securityMatcher("/console", "/console/**", "/webjars/**")
        .authorizeHttpRequests(rules -> rules
            .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
            .requestMatchers(SIGN_IN, "/console/assets/**", "/webjars/**").permitAll()
            .anyRequest().hasRole(STAFF))
        .addFilterBefore(new SignInThrottle(SIGN_IN + "/password"),
            UsernamePasswordAuthenticationFilter.class)
        .formLogin(form -> form.loginPage(SIGN_IN)
            .loginProcessingUrl(SIGN_IN + "/password")
            .successHandler(signedIn(audit, "password"))
            .failureUrl(SIGN_IN + "?refused=password"))
        .oneTimeTokenLogin(link -> link.tokenService(tokens)
            .authenticationProvider(new OneTimeTokenAuthenticationProvider(tokens, linkedStaff()))
            .loginPage(SIGN_IN)
            .loginProcessingUrl(SIGN_IN + "/link")
            .showDefaultSubmitPage(false)
            // links are made by the staff command alone, never over HTTP
            .generateRequestResolver(request -> null)
            .tokenGeneratingUrl(SIGN_IN + "/no-such-page")
            .tokenGenerationSuccessHandler((request, response, token) -> response.sendError(404))
            .authenticationSuccessHandler(signedIn(audit, "link"))
            .authenticationFailureHandler(
                new SimpleUrlAuthenticationFailureHandler(SIGN_IN + "?refused=link")))
        .logout(out -> out.logoutUrl("/console/sign-out")
            .addLogoutHandler((request, response, staff) -> {
              if (staff != null) {
                audit.record(StaffMembers.actor(staff), "console: signed out", Optional.empty());
              }
            })
            .logoutSuccessUrl(SIGN_IN + "?signedOut"))
        .sessionManagement(sessions -> sessions.invalidSessionUrl(SIGN_IN + "?expired"))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(
            new LoginUrlAuthenticationEntryPoint(SIGN_IN)))
        .headers(headers -> headers
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
            .contentSecurityPolicy(csp -> csp.policyDirectives(
                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                    + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; "
                    + "object-src 'none'")))
        .build();
  }

  /** Every sign-in is in the audit trail; then Today, whatever was asked for before. */
  private static AuthenticationSuccessHandler signedIn(AuditTrail audit, String how) {
    SimpleUrlAuthenticationSuccessHandler today = new SimpleUrlAuthenticationSuccessHandler(
        "/console");
    today.setAlwaysUseDefaultTargetUrl(true);
    return (request, response, staff) -> {
      audit.record(StaffMembers.actor(staff), "console: signed in by " + how, Optional.empty());
      // set now, so the page and its event stream that follow at once both update it: two
      // requests adding it to the stored session together would collide
      request.getSession().setAttribute(ConsoleActivity.LAST, java.time.Instant.now());
      today.onAuthenticationSuccess(request, response, staff);
    };
  }

  /**
   * The session cookie (sessions are Spring Session's, in the database): HttpOnly and
   * SameSite=Strict always, Secure behind HTTPS.
   */
  @Bean
  CookieSerializer consoleCookie(ConsoleSettings settings) {
    DefaultCookieSerializer cookie = new DefaultCookieSerializer();
    cookie.setCookieName("MESOPLAN_CONSOLE");
    cookie.setUseHttpOnlyCookie(true);
    cookie.setSameSite("Strict");
    cookie.setUseSecureCookie(settings.https());
    return cookie;
  }
}
