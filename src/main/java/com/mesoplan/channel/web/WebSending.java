package com.mesoplan.channel.web;

import com.mesoplan.messaging.OutboxChannel;
import com.mesoplan.messaging.SendResult;
import com.mesoplan.messaging.SendingLimits;
import com.mesoplan.messaging.Traits;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the messaging core needs of the website's chat to send: a call is "sent" when it is in
 * the chat's transcript, from where every open stream of the chat shows it. There is no remote
 * API to pace, so the limits only keep one chat from crowding the others out.
 */
final class WebSending implements OutboxChannel<WebCall> {

  private static final SendingLimits LIMITS =
      new SendingLimits(20_000, 50, 20, chat -> false, 60);

  private final JsonMapper json;
  private final WebTranscript transcript;
  private final WebStreams streams;

  WebSending(JsonMapper json, WebTranscript transcript, WebStreams streams) {
    this.json = json;
    this.transcript = transcript;
    this.streams = streams;
  }

  @Override
  public String name() {
    return WebChats.CHANNEL;
  }

  @Override
  public SendingLimits limits() {
    return LIMITS;
  }

  @Override
  public String write(WebCall call) {
    return json.writeValueAsString(call);
  }

  @Override
  public WebCall read(String body) {
    return json.readValue(body, WebCall.class);
  }

  @Override
  public Traits traits(WebCall call) {
    return new Traits(call.kind() == WebCall.Kind.MESSAGE ? call.shows() : null, call.answers(),
        null, null, call.kind() == WebCall.Kind.ANSWERED);
  }

  @Override
  public SendResult send(WebCall call) {
    try {
      transcript.show(call);
    } catch (RuntimeException e) {
      return new SendResult.Failed(e.getClass().getSimpleName());
    }
    streams.wake(call.chat());
    return SendResult.Sent.nothingNew();
  }
}
