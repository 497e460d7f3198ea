package com.mesoplan.channel.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mesoplan.messaging.OutboxChannel;
import com.mesoplan.messaging.SendResult;
import com.mesoplan.messaging.SendingLimits;
import com.mesoplan.messaging.Traits;
import java.util.List;

/**
 * What the messaging core needs of Telegram to send: its calls written as JSON, what each shows
 * (for overtaking), Telegram's limits, the call itself, and notes of what the chat shows.
 */
final class TelegramSending implements OutboxChannel<Outgoing> {

  private final ObjectMapper json;
  private final TelegramCalls calls;
  private final ChatScreen screen;
  private final SendingLimits limits;

  TelegramSending(ObjectMapper json, TelegramCalls calls, ChatScreen screen,
      TelegramSettings settings) {
    this.json = json;
    this.calls = calls;
    this.screen = screen;
    this.limits = limits(settings);
  }

  /** Telegram's limits: groups (negative chat ids, such as the staff chat) 20 calls a minute. */
  static SendingLimits limits(TelegramSettings settings) {
    return new SendingLimits(settings.messagesPerSecond(), settings.chatMessagesPerSecond(),
        settings.chatBurst(), chat -> chat.startsWith(UpdateProcessor.CHANNEL + ":-"), 20);
  }

  @Override
  public String name() {
    return UpdateProcessor.CHANNEL;
  }

  @Override
  public String title() {
    return "Telegram";
  }

  @Override
  public String describe(Outgoing call) {
    return call.kind().name();
  }

  @Override
  public SendingLimits limits() {
    return limits;
  }

  @Override
  public String write(Outgoing call) {
    try {
      return json.writeValueAsString(call);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an outgoing call could not be stored", e);
    }
  }

  @Override
  public Outgoing read(String body) {
    try {
      return json.readValue(body, Outgoing.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an outbox row could not be read", e);
    }
  }

  @Override
  public Traits traits(Outgoing call) {
    Traits.Scope scope = call.kind() == Outgoing.Kind.EDIT_TEXT ? Traits.Scope.WHOLE
        : call.kind() == Outgoing.Kind.EDIT_KEYBOARD ? Traits.Scope.BUTTONS : null;
    return new Traits(call.shows(), call.answers(),
        call.messageId() == null ? null : call.messageId().toString(), scope, call.cosmetic());
  }

  @Override
  public SendResult send(Outgoing call) {
    return calls.send(call);
  }

  @Override
  public void queued(String chat, List<Outgoing> queued) {
    if (!queued.isEmpty()) {
      screen.queued(queued.get(0).chatId(), queued);
    }
  }

  @Override
  public void sent(List<Delivered<Outgoing>> calls) {
    List<ChatScreen.Opened> questions = calls.stream()
        .filter(d -> d.call().asksWithButtons() && d.result().messageId().isPresent())
        .map(d -> new ChatScreen.Opened(d.result().messageId().getAsInt(), d.call())).toList();
    if (!questions.isEmpty()) {
      screen.opened(questions);
    }
  }

  @Override
  public void refused(String chat, Outgoing call) {
    if (call.shows() != null) {
      // the question never reached the chat: a stale press must get it, not a toast
      screen.forgetShown(call.chatId());
    }
  }

  @Override
  public void dropped(String chat) {
    UpdateProcessor.chatIdOf(chat).ifPresent(screen::forgetShown);
  }
}
