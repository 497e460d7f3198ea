package com.mesoplan.web;

import com.mesoplan.i18n.Messages;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses request bodies into checked fields. Whatever a client sends is a 400 that says what is
 * wrong, never a 500: bytes that are not UTF-8, anything after the JSON value, nesting deeper
 * than a request needs, and strings and numbers longer than any field takes.
 */
@Component
class RequestBodies {

  static final int MOST_NESTING = 16;
  static final int LONGEST_STRING = 10_000;
  static final int LONGEST_NUMBER = 40;

  private final JsonMapper json = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MOST_NESTING)
              .maxStringLength(LONGEST_STRING).maxNumberLength(LONGEST_NUMBER).build())
          .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  JsonFields parse(byte[] body) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw new BadRequest("body", "is not valid UTF-8");
    }
    JsonNode root;
    try {
      root = json.readTree(text);
    } catch (JacksonException e) {
      throw new BadRequest("body", "is not valid JSON (one value, nested at most " + MOST_NESTING
          + " deep, strings up to " + LONGEST_STRING + " characters)");
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
