package com.mesoplan.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the bot answers, whatever the channel: one or more messages, each with its buttons.
 * After a button press, {@code chosen} is the label of the answer it gave (a channel may show
 * it on the question), and {@code redrawsPressed} says the first message replaces the pressed
 * one (a multiple choice whose ticks changed).
 */
public record Reply(List<Message> messages, Optional<String> chosen, boolean redrawsPressed) {

  public Reply {
    messages = List.copyOf(messages);
  }

  public Reply(List<Message> messages) {
    this(messages, Optional.empty(), false);
  }

  /**
   * A text and the answers offered under it; a multiple choice also has a button that submits
   * the ticked answers (channels that take typed numbers leave it out).
   */
  public record Message(String text, List<Button> buttons, Optional<Button> submit,
      Optional<Attachment> attachment, List<Link> links) {
    public Message {
      buttons = List.copyOf(buttons);
      links = List.copyOf(links);
    }

    public Message(String text, List<Button> buttons, Optional<Button> submit,
        Optional<Attachment> attachment) {
      this(text, buttons, submit, attachment, List.of());
    }

    public Message(String text, List<Button> buttons, Optional<Button> submit) {
      this(text, buttons, submit, Optional.empty());
    }

    public Message(String text, List<Button> buttons) {
      this(text, buttons, Optional.empty(), Optional.empty());
    }
  }

  /**
   * A button; its data names the dialog version, the step and the option, so buttons need no
   * server state. {@code ticked} marks a chosen option of a multiple choice.
   */
  public record Button(String label, int dialogVersion, String stepId, String optionId,
      boolean ticked) {}

  /** A button that opens an address (the chat with a person, for the clinic's staff). */
  public record Link(String label, String url) {}

  static Builder builder() {
    return new Builder();
  }

  /** Collects texts into messages; buttons go on the message they follow. */
  static final class Builder {
    private final List<Message> messages = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private Optional<String> chosen = Optional.empty();
    private boolean redrawsPressed;

    /**
     * A hint or notice that travels in the same message as the question asked next (one
     * message where one is enough), or on its own if no question follows.
     */
    Builder note(String text) {
      notes.add(text);
      return this;
    }

    Builder text(String text) {
      flushNotes();
      messages.add(new Message(text, List.of()));
      return this;
    }

    Builder question(String text, List<Button> buttons, Optional<Button> submit) {
      String withNotes = notes.isEmpty() ? text : String.join("\n", notes) + "\n\n" + text;
      notes.clear();
      messages.add(new Message(withNotes, buttons, submit));
      return this;
    }

    private void flushNotes() {
      if (!notes.isEmpty()) {
        messages.add(new Message(String.join("\n", notes), List.of()));
        notes.clear();
      }
    }

    /** A text with buttons that open addresses. */
    Builder withLinks(String text, List<Link> links) {
      flushNotes();
      messages.add(new Message(text, List.of(), Optional.empty(), Optional.empty(), links));
      return this;
    }

    /** A file, captioned with the text. */
    Builder file(String caption, Attachment attachment) {
      flushNotes();
      messages.add(new Message(caption, List.of(), Optional.empty(), Optional.of(attachment)));
      return this;
    }

    /**
     * A question answered by a yes and a no button outside any dialog (the offers after a plan);
     * the buttons carry the pseudo-step and the options "on" and "off".
     */
    Builder yesOrNo(String question, String yes, String no, String step) {
      return question(question, List.of(new Button(yes, 0, step, "on", false),
          new Button(no, 0, step, "off", false)), Optional.empty());
    }

    Builder chosen(String label) {
      chosen = Optional.of(label);
      return this;
    }

    Builder redrawsPressed() {
      redrawsPressed = true;
      return this;
    }

    Reply build() {
      flushNotes();
      return new Reply(messages, chosen, redrawsPressed);
    }
  }
}
