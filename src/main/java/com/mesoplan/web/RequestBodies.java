package com.mesoplan.web;

import com.mesoplan.i18n.Messages;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Parses request bodies into checked fields; malformed JSON is a 400 that says so. */
@Component
class RequestBodies {

  private final JsonMapper json;

  RequestBodies(JsonMapper json) {
    this.json = json;
  }

  JsonFields parse(String body) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JacksonException e) {
      throw new BadRequest("body", "is not valid JSON");
    }
    return new JsonFields(root, "");
  }

  String language(JsonFields fields, Messages messages) {
    String language = fields.text("language").orElse(Messages.REFERENCE_LANGUAGE);
    if (!messages.languages().contains(language)) {
      throw new BadRequest("language", "must be one of " + messages.languages());
    }
    return language;
  }
}
