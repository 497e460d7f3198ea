package com.mesoplan.channel.web;

import com.mesoplan.conversation.Attachment;
import com.mesoplan.conversation.ButtonData;
import com.mesoplan.conversation.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Turns a channel-neutral reply into what the website's chat shows. */
final class WebReplies {

  private WebReplies() {}

  /**
   * @param pressed whether the turn was a button press (a multiple choice's ticks are then
   *     redrawn on the pressed question)
   */
  static List<WebCall> render(String chat, Reply reply, boolean pressed) {
    List<WebCall> calls = new ArrayList<>();
    String answers = reply.answered().orElse(null);
    if (reply.answered().isPresent() && reply.chosen().isPresent()) {
      calls.add(new WebCall(id(), WebCall.Kind.ANSWERED, chat, null, List.of(), null, List.of(),
          null, null, answers, false, reply.chosen().get(), null));
    }
    List<Reply.Message> messages = reply.messages();
    for (int i = 0; i < messages.size(); i++) {
      Reply.Message message = messages.get(i);
      boolean redraws = i == 0 && pressed && reply.redrawsPressed();
      calls.add(new WebCall(id(), WebCall.Kind.MESSAGE, chat, message.text(),
          message.buttons().stream().map(WebReplies::button).toList(),
          message.submit().map(WebReplies::button).orElse(null),
          message.links().stream().map(l -> new WebCall.Link(l.label(), l.url())).toList(),
          message.attachment().map(WebReplies::file).orElse(null),
          message.question().orElse(null), answers, redraws, null, null));
    }
    return calls;
  }

  /** A short notice alone. */
  static WebCall notice(String chat, String text) {
    return new WebCall(id(), WebCall.Kind.NOTICE, chat, text, List.of(), null, List.of(), null,
        null, null, false, null, null);
  }

  /** What the person typed, shown back in their chat. */
  static WebCall said(String chat, String text, String ref) {
    return new WebCall(id(), WebCall.Kind.SAID, chat, text, List.of(), null, List.of(), null,
        null, null, false, null, ref);
  }

  private static WebCall.Button button(Reply.Button button) {
    return new WebCall.Button(button.label(), ButtonData.of(button), button.ticked());
  }

  private static WebCall.File file(Attachment attachment) {
    return new WebCall.File(attachment.fileName(), attachment.mediaType(),
        attachment.kind() == Attachment.Kind.PICTURE, attachment.content());
  }

  private static String id() {
    return UUID.randomUUID().toString();
  }
}
