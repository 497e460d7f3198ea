package com.mesoplan.web.console;

import com.mesoplan.i18n.Messages;
import com.mesoplan.i18n.Text;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The console speaks the clinic's languages from the same message files as the chat: the
 * browser's language when it is offered, or the one chosen with {@code ?lang=} (kept in a
 * cookie).
 */
@Configuration(proxyBeanMethods = false)
class ConsoleWeb implements WebMvcConfigurer {

  @Bean
  MessageSource messageSource(Messages messages) {
    return new FromMessageFiles(messages);
  }

  @Bean
  LocaleResolver localeResolver(Messages messages, ConsoleSettings settings) {
    CookieLocaleResolver resolver = new CookieLocaleResolver("mesoplan-language");
    resolver.setCookieSameSite("Strict");
    resolver.setCookieHttpOnly(true);
    resolver.setCookieSecure(settings.https());
    resolver.setDefaultLocaleFunction(request -> Locale.forLanguageTag(
        browserLanguage(messages, request)));
    return resolver;
  }

  private final ConsoleActivity activity;

  ConsoleWeb(@Value("${server.servlet.session.timeout:30m}") Duration idle, Clock clock) {
    this.activity = new ConsoleActivity(idle, clock);
  }

  @Bean
  ConsoleActivity consoleActivity() {
    return activity;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    // the page's style and script are fetched together with it: they are not the staff member's
    // activity, and two requests noting it at once into a new session would collide
    registry.addInterceptor(activity).addPathPatterns("/console", "/console/**")
        .excludePathPatterns("/console/assets/**");
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change).addPathPatterns("/console", "/console/**");
  }

  private static String browserLanguage(Messages messages, HttpServletRequest request) {
    String header = request.getHeader("Accept-Language");
    if (header != null) {
      try {
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
          String tag = range.getRange();
          if (!tag.equals("*") && messages.languages().contains(
              Locale.forLanguageTag(tag).getLanguage())) {
            return Locale.forLanguageTag(tag).getLanguage();
          }
        }
      } catch (IllegalArgumentException e) {
        // an unreadable header: the clinic's first language
      }
    }
    return messages.languageFor(null);
  }

  /** Spring's messages (the templates' {@code #{...}}) read from dialogs/messages. */
  static final class FromMessageFiles implements MessageSource {

    private final Messages messages;

    FromMessageFiles(Messages messages) {
      this.messages = messages;
    }

    static String language(Messages messages, Locale locale) {
      return messages.languageFor(locale == null ? null : locale.getLanguage());
    }

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
      String language = language(messages, locale);
      if (code == null || !messages.has(Messages.REFERENCE_LANGUAGE, code)) {
        return defaultMessage;
      }
      Map<String, Object> named = new LinkedHashMap<>();
      for (int i = 0; args != null && i < args.length; i++) {
        named.put(String.valueOf(i), args[i]);
      }
      return messages.render(language, new Text(code, named));
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) {
      String message = getMessage(code, args, null, locale);
      if (message == null) {
        throw new NoSuchMessageException(code, locale);
      }
      return message;
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
      String[] codes = resolvable.getCodes();
      for (String code : codes == null ? new String[0] : codes) {
        String message = getMessage(code, resolvable.getArguments(), null, locale);
        if (message != null) {
          return message;
        }
      }
      if (resolvable.getDefaultMessage() != null) {
        return resolvable.getDefaultMessage();
      }
      throw new NoSuchMessageException(codes == null ? "" : codes[0], locale);
    }
  }
}
