package com.mesoplan.channel.web;

import java.util.Map;
import java.util.LinkedHashMap;

/** A shown call as the widget reads it: its file by address, never inline. */
final class WebEvents {

  private WebEvents() {}

  static Map<String, Object> of(WebTranscript.Shown shown) {
    WebCall call = shown.call();
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("id", shown.id());
    event.put("kind", call.kind().name().toLowerCase(java.util.Locale.ROOT));
    put(event, "text", call.text());
    if (!call.buttons().isEmpty()) {
      event.put("buttons", call.buttons());
    }
    put(event, "submit", call.submit());
    if (!call.links().isEmpty()) {
      event.put("links", call.links());
    }
    if (call.file() != null) {
      event.put("file", Map.of("name", call.file().name(), "picture", call.file().picture(),
          "path", "files/" + shown.id()));
    }
    put(event, "shows", call.shows());
    put(event, "answers", call.answers());
    if (call.redraws()) {
      event.put("redraws", true);
    }
    put(event, "chosen", call.chosen());
    put(event, "ref", call.ref());
    return event;
  }

  private static void put(Map<String, Object> event, String key, Object value) {
    if (value != null) {
      event.put(key, value);
    }
  }
}
