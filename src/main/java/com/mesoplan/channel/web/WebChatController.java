package com.mesoplan.channel.web;

import com.mesoplan.clinic.Clinic;
import com.mesoplan.conversation.ChatLinks;
import com.mesoplan.conversation.CommandCatalogue;
import com.mesoplan.conversation.JoinLinks;
import com.mesoplan.conversation.UnitOfWork;
import com.mesoplan.i18n.Messages;
import com.mesoplan.messaging.Inbox;
import com.mesoplan.messaging.UpdateIntake;
import com.mesoplan.web.ClientAddress;
import com.mesoplan.web.PerAddress;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The website chat's endpoints. A browser gets a key ({@code POST /chat/start}), sends what the
 * person typed or pressed ({@code POST /chat/messages}, stored in the inbox before it is
 * acknowledged, a repeat of the same message id changing nothing), and reads the chat as
 * server-sent events ({@code POST /chat/stream}, from the event after the last one it had). The
 * key travels in request bodies only, never in an address.
 * Limits per client address keep one address from opening chats or sending messages without end.
 */
@RestController
@RequestMapping("/chat")
class WebChatController {

  static final int LONGEST_TEXT = 4096;

  private final UpdateIntake<WebUpdate> intake;
  private final WebTranscript transcript;
  private final WebStreams streams;
  private final Messages messages;
  private final Clinic clinic;
  private final ChatLinks links;
  private final Optional<JoinLinks> joinLinks;
  private final UnitOfWork unitOfWork;
  private final JsonMapper json;
  private final PerAddress newChats;
  private final PerAddress sent;

  WebChatController(UpdateIntake<WebUpdate> webIntake, WebTranscript transcript,
      WebStreams streams, Messages messages, Clinic clinic, ChatLinks links,
      Optional<JoinLinks> joinLinks, UnitOfWork unitOfWork, JsonMapper json,
      WebChatSettings settings) {
    this.intake = webIntake;
    this.transcript = transcript;
    this.streams = streams;
    this.messages = messages;
    this.clinic = clinic;
    this.links = links;
    this.joinLinks = joinLinks;
    this.unitOfWork = unitOfWork;
    this.json = json;
    this.newChats = new PerAddress(settings.newChatsPerHour(), Duration.ofHours(1));
    this.sent = new PerAddress(settings.messagesPerMinute(), Duration.ofMinutes(1));
  }

  /** The chat's own page: the widget as a website shows it, and the tag that embeds it. */
  @GetMapping({"", "/"})
  ResponseEntity<org.springframework.core.io.Resource> page() {
    return ResponseEntity.ok().contentType(MediaType.TEXT_HTML)
        .body(new org.springframework.core.io.ClassPathResource("static/chat/index.html"));
  }

  /** What the widget needs to draw itself: the clinic, its colours, its words. */
  @GetMapping("/settings")
  ResponseEntity<Map<String, Object>> settings(@RequestParam(required = false) String lang) {
    String language = messages.languageFor(lang);
    Map<String, Object> texts = new LinkedHashMap<>();
    for (String key : List.of("open", "close", "title", "input", "send", "menu", "reach",
        "reachTelegram", "reachNone", "telegramOpen", "sending", "offline", "failed", "tooLong",
        "tooFast", "newMessages", "you", "bot", "file", "picture")) {
      texts.put(key, messages.render(language, "web." + key));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("language", language);
    body.put("clinic", clinic.name());
    body.put("accent", clinic.colours().accent());
    body.put("onAccent", clinic.colours().onAccent());
    body.put("texts", texts);
    body.put("telegram", joinLinks.isPresent());
    body.put("commands", CommandCatalogue.PERSON.stream().map(c -> Map.of("command", "/" + c,
        "description", CommandCatalogue.description(messages, language, c))).toList());
    body.put("longestText", LONGEST_TEXT);
    return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
        .body(body);
  }

  /** A new chat: its key, which only the browser keeps. */
  @PostMapping("/start")
  ResponseEntity<Map<String, Object>> start(HttpServletRequest request) {
    if (!newChats.take(request.getRemoteAddr())) {
      return tooMany(newChats.retryAfterSeconds());
    }
    String key = WebChats.newKey();
    transcript.opened(WebChats.chatOf(key).orElseThrow());
    return ResponseEntity.ok(Map.of("key", key));
  }

  /** What a person sent, with an id of the browser's making, so a repeat is recognised. */
  record Sent(String key, String id, String text, String press, String language) {}

  @PostMapping("/messages")
  ResponseEntity<Map<String, Object>> message(@RequestBody Sent message,
      HttpServletRequest request) throws UpdateIntake.StorageException {
    Optional<String> chat = chatOf(message.key());
    if (chat.isEmpty()) {
      return problem(HttpStatus.FORBIDDEN, "no such chat; start a new one");
    }
    if (message.id() == null || !message.id().matches("[A-Za-z0-9-]{8,30}")) {
      return problem(HttpStatus.BAD_REQUEST, "a message needs an id of 8 to 30 letters, digits "
          + "or -");
    }
    if ((message.text() == null) == (message.press() == null)) {
      return problem(HttpStatus.BAD_REQUEST, "a message has either text or a press");
    }
    if (message.text() != null && (message.text().isBlank()
        || message.text().length() > LONGEST_TEXT)) {
      return problem(HttpStatus.BAD_REQUEST, "a text has 1 to " + LONGEST_TEXT + " characters");
    }
    if (message.press() != null && message.press().length() > 80) {
      return problem(HttpStatus.BAD_REQUEST, "not a button of this chat");
    }
    if (!sent.take(request.getRemoteAddr())) {
      return tooMany(sent.retryAfterSeconds());
    }
    String language = message.language() == null || message.language().length() > 35
        ? null : message.language();
    WebUpdate update = new WebUpdate(chat.get(), message.id(), message.text(), message.press(),
        language);
    String delivery = chat.get().substring(WebChats.CHANNEL.length() + 1) + ":" + message.id();
    boolean fresh = intake.store(new UpdateIntake.Received<>(
        new Inbox.Delivery(delivery, chat.get(), json.writeValueAsString(update)), update));
    return ResponseEntity.accepted().body(Map.of("stored", true, "new", fresh));
  }

  /** Where a stream starts: after the last event the page had (0: the chat's latest). */
  record From(String key, long after) {}

  /**
   * The chat as server-sent events, after the last one the page had. A POST, so that the key
   * travels in the body and never in an address that proxies log.
   */
  @PostMapping(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  ResponseEntity<SseEmitter> stream(@RequestBody From from, HttpServletRequest request) {
    Optional<String> chat = chatOf(from.key());
    if (chat.isEmpty()) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
    }
    return streams.open(chat.get(), ClientAddress.of(request.getRemoteAddr()),
            Math.max(0, from.after()))
        .map(emitter -> ResponseEntity.ok().header("X-Accel-Buffering", "no")
            .cacheControl(CacheControl.noStore()).body(emitter))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
            .header(HttpHeaders.RETRY_AFTER, "10").build());
  }

  /** A picture or document the chat showed; a POST, for the same reason. */
  @PostMapping("/files/{id}")
  ResponseEntity<byte[]> file(@PathVariable long id, @RequestBody Key key) {
    Optional<WebCall.File> file = chatOf(key.key()).flatMap(chat -> transcript.file(chat, id));
    if (file.isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    WebCall.File found = file.get();
    ContentDisposition disposition = (found.picture() ? ContentDisposition.inline()
        : ContentDisposition.attachment()).filename(found.name()).build();
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(found.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(CacheControl.noStore()).body(found.content());
  }

  record Key(String key) {}

  /**
   * A link that continues this chat in Telegram, where reminders and check-ins can reach the
   * person; 404 when Telegram does not run here.
   */
  @PostMapping("/telegram")
  ResponseEntity<Map<String, Object>> telegram(@RequestBody Key key,
      HttpServletRequest request) {
    Optional<String> chat = chatOf(key.key());
    if (chat.isEmpty()) {
      return problem(HttpStatus.FORBIDDEN, "no such chat; start a new one");
    }
    if (joinLinks.isEmpty()) {
      return problem(HttpStatus.NOT_FOUND, "Telegram does not run here");
    }
    if (!newChats.take(request.getRemoteAddr())) {
      return tooMany(newChats.retryAfterSeconds());
    }
    if (joinLinks.get().linkFor("").isEmpty()) {
      // before a new code voids the one the person may still be about to open
      return problem(HttpStatus.SERVICE_UNAVAILABLE, "Telegram cannot be reached now");
    }
    String code = unitOfWork.inOne(() -> links.offer(chat.get()));
    Optional<String> link = joinLinks.get().linkFor(code);
    if (link.isEmpty()) {
      return problem(HttpStatus.SERVICE_UNAVAILABLE, "Telegram cannot be reached now");
    }
    return ResponseEntity.ok(Map.of("channel", joinLinks.get().channelName(), "url",
        link.get()));
  }

  /** The chat a key opens, if this server opened it and it was not erased since. */
  private Optional<String> chatOf(String key) {
    return WebChats.chatOf(key).filter(transcript::isOpen);
  }

  private static ResponseEntity<Map<String, Object>> tooMany(long seconds) {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
        .body(Map.of("detail", "too many from this address; try again later"));
  }

  private static ResponseEntity<Map<String, Object>> problem(HttpStatus status, String detail) {
    return ResponseEntity.status(status).body(Map.of("detail", detail));
  }
}
