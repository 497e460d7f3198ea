package com.mesoplan.channel.web;

import com.mesoplan.conversation.ChatJoining;
import com.mesoplan.conversation.ConversationService;
import com.mesoplan.conversation.Reply;
import com.mesoplan.messaging.OutboxSender;
import com.mesoplan.messaging.Turns;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes a website chat's turn through the conversation, in the transaction that marks its update
 * done; the replies go to the outbox in the same transaction. A press on a button of a question
 * already answered, when the chat's last message asks the question again anyway, gets a short
 * notice instead of a second copy.
 */
final class WebTurns implements Turns<WebUpdate> {

  private final ConversationService conversations;
  private final OutboxSender<WebCall> sender;
  private final WebTranscript transcript;
  private final WebStreams streams;
  private final ChatJoining joining;
  private final JsonMapper json;

  WebTurns(ConversationService conversations, OutboxSender<WebCall> sender,
      WebTranscript transcript, WebStreams streams, ChatJoining joining, JsonMapper json) {
    this.joining = joining;
    this.streams = streams;
    this.conversations = conversations;
    this.sender = sender;
    this.transcript = transcript;
    this.json = json;
  }

  @Override
  public Optional<WebUpdate> read(String body) {
    try {
      return Optional.of(json.readValue(body, WebUpdate.class));
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  @Override
  public void take(WebUpdate update) {
    String chat = update.chat();
    if (update.text() != null) {
      transcript.show(WebReplies.said(chat, update.text(), update.ref()));
    }
    streams.wakeAfterCommit(chat);
    Optional<Reply> joined = update.text() == null ? Optional.empty()
        : joining.typed(chat, update.text(), update.languageHint());
    if (joined.isPresent()) {
      sender.queue(chat, WebReplies.render(chat, joined.get(), false));
      return;
    }
    Reply reply = conversations.handle(chat, update.incoming(), update.languageHint());
    Optional<String> notice = reply.toast()
        .filter(t -> reply.asks().isPresent() && reply.asks().equals(transcript.lastShown(chat)));
    if (notice.isPresent()) {
      sender.queue(chat, List.of(WebReplies.notice(chat, notice.get())));
      return;
    }
    sender.queue(chat, WebReplies.render(chat, reply, update.press() != null));
  }
}
