package com.mesoplan.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the bot answers, whatever the channel: one or more messages, each with its buttons.
 *
 * <p>{@code chosen} is the answer the turn accepted, in words, and {@code answered} the
 * question it answered: a channel shows it on that question and takes the question's buttons
 * away, whether it was pressed or typed. {@code redrawsPressed} says the first message replaces
 * the pressed one (a multiple choice whose ticks changed). {@code toast} is a short notice that
 * may stand in for the messages when the question they ask is already the last thing the person
 * sees (a press on an earlier question's button): a channel that can show it without a message
 * sends nothing else.
 */
public record Reply(List<Message> messages, Optional<String> chosen, boolean redrawsPressed,
    Optional<String> answered, Optional<String> toast) {

  public Reply {
    messages = List.copyOf(messages);
  }

  public Reply(List<Message> messages, Optional<String> chosen, boolean redrawsPressed) {
    this(messages, chosen, redrawsPressed, Optional.empty(), Optional.empty());
  }

  public Reply(List<Message> messages) {
    this(messages, Optional.empty(), false);
  }

  /** The question the last message asks, if it asks one. */
  public Optional<String> asks() {
    return messages.isEmpty() ? Optional.empty() : messages.get(messages.size() - 1).question();
  }

  /**
   * A text and the answers offered under it; a multiple choice also has a button that submits
   * the ticked answers (channels that take typed numbers leave it out). {@code question} names
   * the dialog question the message asks ({@link #questionOf}), so that a channel can tell a
   * newer copy of a question from an older one.
   */
  public record Message(String text, List<Button> buttons, Optional<Button> submit,
      Optional<Attachment> attachment, List<Link> links, Optional<String> question) {
    public Message {
      buttons = List.copyOf(buttons);
      links = List.copyOf(links);
    }

    public Message(String text, List<Button> buttons, Optional<Button> submit,
        Optional<Attachment> attachment, List<Link> links) {
      this(text, buttons, submit, attachment, links, Optional.empty());
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

  /** The name of a dialog's question: the same for every copy of it, different for any other. */
  public static String questionOf(String dialogId, int dialogVersion, String stepId) {
    return dialogId + "/" + dialogVersion + "/" + stepId;
  }

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
    private Optional<String> answered = Optional.empty();
    private Optional<String> toast = Optional.empty();
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
      return question(text, buttons, submit, Optional.empty());
    }

    /** A dialog's question, named so that a newer copy of it can replace an older one. */
    Builder question(String text, List<Button> buttons, Optional<Button> submit,
        Optional<String> question) {
      String withNotes = notes.isEmpty() ? text : String.join("\n", notes) + "\n\n" + text;
      notes.clear();
      messages.add(new Message(withNotes, buttons, submit, Optional.empty(), List.of(),
          question));
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

    /** The turn took an answer to this question (a channel takes its buttons away). */
    Builder answered(String question) {
      answered = Optional.of(question);
      return this;
    }

    /** A short notice that may stand in for the messages (see {@link Reply}). */
    Builder toast(String text) {
      toast = Optional.of(text);
      return this;
    }

    Builder redrawsPressed() {
      redrawsPressed = true;
      return this;
    }

    Reply build() {
      flushNotes();
      return new Reply(messages, chosen, redrawsPressed, answered, toast);
    }
  }
}
