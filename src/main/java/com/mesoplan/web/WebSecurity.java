package com.mesoplan.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import com.mesoplan.config.InvalidConfigurationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.core.env.Environment;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Who may call what over HTTP. Every route is denied unless a rule below opens it; the routes
 * that return or erase personal data need the API key ({@link ApiKey}). Rules match the path as
 * Spring MVC will route it (decoded, without {@code ;} parameters), and Spring Security's strict
 * firewall refuses, with 400, what could be read two ways: encoded slashes and periods, {@code ;},
 * {@code //}, {@code ..}, backslashes and non-printable characters.
 *
 * <p>No cookie or session carries a credential here (the key travels with every request), so
 * there is no session and nothing for CSRF to protect.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class WebSecurity {

  /** The routes that return or erase personal data. */
  static final RequestMatcher PERSONAL_DATA = new OrRequestMatcher(
      pathPattern("/api/v1/leads"), pathPattern("/api/v1/flags"), pathPattern("/api/v1/audit"),
      pathPattern("/api/v1/people/*"));

  /**
   * Actuator endpoints are opened below because they are served on the management port alone;
   * a configuration that would serve them on the public port stops the start.
   */
  @Bean
  ManagementPortType managementPortType(Environment environment) {
    ManagementPortType type = ManagementPortType.get(environment);
    if (type == ManagementPortType.SAME) {
      throw new InvalidConfigurationException(
          "management.server.port (MESOPLAN_MANAGEMENT_PORT)", "must be a port of its own, not "
              + "empty and not the public port: metrics are not for the public (or -1 to serve "
              + "no actuator endpoint at all)");
    }
    return type;
  }

  @Bean
  ApiKey apiKey(@Value("${mesoplan.api.key-sha256:}") String hexHash) {
    return new ApiKey(hexHash);
  }

  @Bean
  SecurityFilterChain httpAccess(HttpSecurity http, ApiKey apiKey, ManagementPortType management,
      @Value("${telegram.webhook-path:/telegram/webhook}") String webhookPath) throws Exception {
    AuthenticationFilter keyCheck = new AuthenticationFilter(apiKey, apiKey);
    keyCheck.setSuccessHandler((request, response, authentication) -> { });
    keyCheck.setFailureHandler((request, response, e) -> keyNeeded(apiKey, response));
    AuthenticationEntryPoint refused = (request, response, e) -> refuse(apiKey, request, response);
    return http
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .logout(logout -> logout.disable())
        .addFilterBefore(keyCheck, AuthorizationFilter.class)
        .authorizeHttpRequests(rules -> rules
            .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
            .requestMatchers(HttpMethod.POST, "/api/v1/plans", "/api/v1/check-ins/assess")
            .permitAll()
            .requestMatchers(HttpMethod.POST, webhookPath).permitAll()
            .requestMatchers(EndpointRequest.toAdditionalPaths(WebServerNamespace.SERVER,
                HealthEndpoint.class)).permitAll()
            .requestMatchers(EndpointRequest.toAnyEndpoint()).permitAll()
            .requestMatchers(PERSONAL_DATA).hasAuthority(ApiKey.AUTHORITY)
            .anyRequest().denyAll())
        .exceptionHandling(errors -> errors.authenticationEntryPoint(refused)
            .accessDeniedHandler((request, response, e) -> refuse(apiKey, request, response)))
        .build();
  }

  /** The firewall's refusals answer like every other refusal: 400, problem+json. */
  @Bean
  WebSecurityCustomizer strictFirewall() {
    RequestRejectedHandler rejected = (request, response, e) ->
        Problems.write(response, 400, "the request's path is not allowed here");
    return web -> web.httpFirewall(new StrictHttpFirewall()).requestRejectedHandler(rejected);
  }

  @Bean
  static WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
    return ProblemReportValve.installer();
  }

  private static void refuse(ApiKey apiKey, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    if (PERSONAL_DATA.matches(request)) {
      keyNeeded(apiKey, response);
    } else {
      Problems.write(response, 404, "there is nothing here");
    }
  }

  private static void keyNeeded(ApiKey apiKey, HttpServletResponse response) throws IOException {
    if (!apiKey.configured()) {
      Problems.write(response, 403, "the personal-data API is switched off; set "
          + ApiKey.SETTING + " to switch it on");
      return;
    }
    response.setHeader("WWW-Authenticate", "Bearer");
    Problems.write(response, 401, "a valid API key is needed: Authorization: Bearer <key>");
  }
}
