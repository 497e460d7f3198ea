package com.mesoplan.channel.web;

import com.mesoplan.config.InvalidConfigurationException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The website chat's settings: the websites that may embed it ({@code MESOPLAN_WEB_CHAT_ORIGINS},
 * comma-separated origins such as {@code https://clinic.example}), the limits per client
 * address, and the most event streams an instance keeps open.
 */
@ConfigurationProperties("mesoplan.web-chat")
record WebChatSettings(String origins, int newChatsPerHour, int messagesPerMinute,
    int mostStreams) {

  WebChatSettings {
    origins = origins == null ? "" : origins;
    newChatsPerHour = newChatsPerHour <= 0 ? 30 : newChatsPerHour;
    messagesPerMinute = messagesPerMinute <= 0 ? 60 : messagesPerMinute;
    mostStreams = mostStreams <= 0 ? 2000 : mostStreams;
  }

  /** The origins, each checked: a scheme, a host and maybe a port, nothing else. */
  List<String> allowedOrigins() {
    return Arrays.stream(origins.split(",")).map(String::strip).filter(o -> !o.isEmpty())
        .map(WebChatSettings::checked).toList();
  }

  private static String checked(String origin) {
    try {
      URI uri = new URI(origin);
      if ((uri.getScheme().equals("http") || uri.getScheme().equals("https"))
          && uri.getHost() != null && uri.getRawPath().isEmpty() && uri.getRawQuery() == null
          && uri.getRawUserInfo() == null && uri.getRawFragment() == null) {
        return origin;
      }
    } catch (Exception e) {
      // said below
    }
    throw new InvalidConfigurationException("MESOPLAN_WEB_CHAT_ORIGINS", "'" + origin
        + "' is not an origin such as https://clinic.example (a scheme and a host, maybe a "
        + "port, no path)");
  }
}
