package com.mesoplan.channel.telegram;

import com.mesoplan.channel.telegram.Outgoing.Key;
import com.mesoplan.conversation.Attachment;
import com.mesoplan.conversation.ButtonData;
import com.mesoplan.conversation.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a channel-neutral reply into Telegram calls: HTML-escaped texts split at 4096
 * characters, one button a row, ticks on chosen options, and edits of the pressed question.
 */
final class TelegramReplies {

  static final int LONGEST_TEXT = 4096;
  static final int LONGEST_CAPTION = 900;
  static final String TICK = "✅ ";

  private TelegramReplies() {}

  /** The question a button sat on: its message id and text. */
  record PressedQuestion(int messageId, String text) {}

  static List<Outgoing> render(long chatId, Reply reply, Optional<PressedQuestion> pressed) {
    return render(chatId, reply, pressed, Optional.empty());
  }

  /**
   * @param answeredByTyping the question with buttons that a typed answer answered: it is
   *     edited to show the answer, without its buttons, as a press does
   */
  static List<Outgoing> render(long chatId, Reply reply, Optional<PressedQuestion> pressed,
      Optional<ChatScreen.OpenQuestion> answeredByTyping) {
    List<Outgoing> calls = new ArrayList<>();
    List<Reply.Message> messages = reply.messages();
    int first = 0;
    if (pressed.isPresent() && reply.redrawsPressed() && !messages.isEmpty()) {
      calls.add(new Outgoing(Outgoing.Kind.EDIT_KEYBOARD, chatId, pressed.get().messageId(),
          null, keyboard(messages.get(0))));
      first = 1;
    } else if (pressed.isPresent() && reply.chosen().isPresent()) {
      calls.add(answered(chatId, pressed.get().messageId(), escape(pressed.get().text()),
          reply.chosen().get()));
    } else if (answeredByTyping.isPresent() && reply.chosen().isPresent()) {
      calls.add(answered(chatId, answeredByTyping.get().messageId(),
          answeredByTyping.get().text(), reply.chosen().get()));
    }
    for (Reply.Message message : messages.subList(first, messages.size())) {
      if (message.attachment().isPresent()) {
        calls.add(file(chatId, message.text(), message.attachment().get()));
        continue;
      }
      List<String> parts = split(escape(message.text()));
      for (int i = 0; i < parts.size(); i++) {
        boolean last = i == parts.size() - 1;
        Outgoing call = Outgoing.send(chatId, parts.get(i), last ? keyboard(message) : List.of());
        calls.add(last && message.question().isPresent()
            ? call.showing(message.question().get()) : call);
      }
    }
    return reply.answered().isEmpty() ? calls
        : calls.stream().map(c -> c.answering(reply.answered().get())).toList();
  }

  /** The answered question shows its answer and no buttons: tidying, behind any message. */
  private static Outgoing answered(long chatId, int messageId, String escapedQuestion,
      String answer) {
    return new Outgoing(Outgoing.Kind.EDIT_TEXT, chatId, messageId,
        cut(escapedQuestion + "\n\n✓ " + escape(answer)), List.of()).asCosmetic();
  }

  /** A picture or document; its caption is cut to Telegram's 1024 characters. */
  private static Outgoing file(long chatId, String caption, Attachment attachment) {
    String text = escape(caption.length() > LONGEST_CAPTION
        ? caption.substring(0, LONGEST_CAPTION - 1) + "…" : caption);
    Outgoing.Kind kind = attachment.kind() == Attachment.Kind.PICTURE
        ? Outgoing.Kind.SEND_PHOTO : Outgoing.Kind.SEND_DOCUMENT;
    return new Outgoing(kind, chatId, null, text, List.of(), attachment.fileName(),
        attachment.content());
  }

  static List<List<Key>> keyboard(Reply.Message message) {
    List<List<Key>> rows = new ArrayList<>();
    for (Reply.Button button : message.buttons()) {
      rows.add(List.of(new Key((button.ticked() ? TICK : "") + button.label(),
          ButtonData.of(button))));
    }
    message.submit().ifPresent(b -> rows.add(List.of(new Key(b.label(), ButtonData.of(b)))));
    message.links().forEach(link -> rows.add(List.of(new Key(link.label(), null, link.url()))));
    return rows;
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Splits at line ends where possible, never inside an HTML entity. */
  static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    String rest = text;
    while (rest.length() > LONGEST_TEXT) {
      int cut = rest.lastIndexOf('\n', LONGEST_TEXT);
      if (cut <= 0) {
        cut = LONGEST_TEXT;
        int amp = rest.lastIndexOf('&', cut);
        if (amp > cut - 6 && rest.indexOf(';', amp) >= cut) {
          cut = amp;
        }
      }
      parts.add(rest.substring(0, cut));
      rest = rest.substring(cut).stripLeading();
    }
    if (!rest.isEmpty() || parts.isEmpty()) {
      parts.add(rest.isEmpty() ? "…" : rest);
    }
    return parts;
  }

  private static String cut(String text) {
    return text.length() <= LONGEST_TEXT ? text : text.substring(0, LONGEST_TEXT - 1) + "…";
  }
}
