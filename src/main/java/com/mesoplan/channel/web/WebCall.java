package com.mesoplan.channel.web;

import java.util.List;

/**
 * One thing the website's chat shows, as the outbox keeps it and the transcript replays it: a
 * message (text, buttons, links, a file), a short notice, or the answer shown on a question
 * already asked. Texts are plain: the widget shows them as text, never as HTML.
 *
 * <p>{@code id} is made when the call is, so that a call sent twice (a crash between showing it
 * and settling it) is shown once. {@code shows} names the question a message asks,
 * {@code answers} the question its turn answered; {@code redraws} says the message replaces the
 * earlier copy of its question (ticks changed).
 */
record WebCall(String id, Kind kind, String chat, String text, List<Button> buttons,
    Button submit, List<Link> links, File file, String shows, String answers, boolean redraws,
    String chosen, String ref) {

  enum Kind {
    /** A message in the chat. */
    MESSAGE,
    /** A short notice that stands in for a message (a press on an already answered question). */
    NOTICE,
    /** The answer shown on the question it answered; its buttons are taken away. */
    ANSWERED,
    /** What the person typed, as the chat shows it back ({@code ref}: the browser's id). */
    SAID
  }

  /** A button: its label, what it sends back, and whether it is ticked. */
  record Button(String label, String data, boolean ticked) {}

  record Link(String label, String url) {}

  /** A picture or document; its content is served on its own, not with the message. */
  record File(String name, String mediaType, boolean picture, byte[] content) {}

  WebCall withoutContent() {
    return file == null ? this : new WebCall(id, kind, chat, text, buttons, submit, links,
        new File(file.name(), file.mediaType(), file.picture(), null), shows, answers, redraws,
        chosen, ref);
  }
}
