package com.mesoplan.conversation;

import java.util.Objects;

/** A file that goes with a message: a picture to show, or a document to keep. */
public record Attachment(Kind kind, String fileName, String mediaType, byte[] content) {

  /** How a channel should present it. */
  public enum Kind {
    PICTURE,
    DOCUMENT
  }

  public Attachment {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mediaType, "mediaType");
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
