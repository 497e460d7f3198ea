package com.mesoplan.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The Bot API for the crowd benchmark: it enforces Telegram's limits strictly, at most
 * {@code overall} sends in any second and one send a second to a chat with no burst, and answers
 * a send over a limit with 429 and {@code retry_after}. Sends are messages, pictures, documents
 * and edits; answers to button presses are not limited. Every call is counted, and every send it
 * accepts is told to a listener, as a person's phone would show it.
 */
final class LimitedBotApi implements AutoCloseable {

  /** What a person's phone shows: a new message, an edit, or a toast over the chat. */
  interface Phone {
    void message(long chat, int messageId, String text, List<String> buttons);

    void edited(long chat, int messageId);

    void toast(String callbackQueryId, String text);
  }

  private static final long SECOND = 1_000_000_000L;

  private final ObjectMapper json = new ObjectMapper();
  private final HttpServer server;
  private final int overall;
  private final Phone phone;
  private final Deque<Long> recentSends = new ArrayDeque<>();
  private final Map<Long, Long> lastSendToChat = new HashMap<>();
  private final PendingUpdates updates = new PendingUpdates();
  private long lastUpdateId;
  private final AtomicInteger messageIds = new AtomicInteger(1000);
  private final ConcurrentHashMap<String, LongAdder> calls = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, LongAdder> accepted = new ConcurrentHashMap<>();
  private final LongAdder limited = new LongAdder();
  private final LongAdder limitedPerChat = new LongAdder();

  LimitedBotApi(int overall, Phone phone) throws IOException {
    this.overall = overall;
    this.phone = phone;
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
    server.createContext("/", exchange -> {
      try {
        handle(exchange);
      } catch (RuntimeException | IOException e) {
        e.printStackTrace();
        exchange.sendResponseHeaders(500, -1);
        exchange.close();
      }
    });
    server.setExecutor(Executors.newFixedThreadPool(16, r -> {
      Thread thread = new Thread(r, "limited-bot-api");
      thread.setDaemon(true);
      return thread;
    }));
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * Queues an update made with the next update id: ids are handed out in the order updates
   * arrive, as Telegram does, so that none is behind an offset already confirmed.
   */
  synchronized void deliver(java.util.function.LongFunction<String> update) {
    updates.add(update.apply(++lastUpdateId));
  }

  long count(String method) {
    LongAdder count = calls.get(method);
    return count == null ? 0 : count.sum();
  }

  /** How many sends of a method (lower case) were within the limits. */
  long accepted(String method) {
    LongAdder count = accepted.get(method);
    return count == null ? 0 : count.sum();
  }

  long allCalls() {
    return calls.entrySet().stream().filter(e -> !e.getKey().equals("getupdates"))
        .mapToLong(e -> e.getValue().sum()).sum();
  }

  long limited() {
    return limited.sum();
  }

  long limitedPerChat() {
    return limitedPerChat.sum();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    JsonNode body = json.createObjectNode();
    byte[] raw = exchange.getRequestBody().readAllBytes();
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type != null && type.startsWith("application/json") && raw.length > 0) {
      body = json.readTree(raw);
    }
    calls.computeIfAbsent(method, m -> new LongAdder()).increment();
    String answer;
    int status = 200;
    switch (method) {
      case "getupdates" -> answer = ok(updates.from(body.path("offset").asLong(0),
          body.path("timeout").asInt(0), 100));
      case "getme" -> answer = ok("{\"id\":1,\"is_bot\":true,\"first_name\":\"mesoplan\","
          + "\"username\":\"mesoplan_bot\"}");
      case "answercallbackquery" -> {
        phone.toast(body.path("callback_query_id").asText(), body.path("text").asText(""));
        answer = ok("true");
      }
      case "sendmessage", "sendphoto", "senddocument", "editmessagetext",
          "editmessagereplymarkup" -> {
        long chat = chatOf(body, raw);
        long wait = admit(chat);
        if (wait > 0) {
          status = 429;
          int seconds = (int) Math.max(1, (wait + SECOND - 1) / SECOND);
          answer = "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry "
              + "after " + seconds + "\",\"parameters\":{\"retry_after\":" + seconds + "}}";
        } else {
          accepted.computeIfAbsent(method, m -> new LongAdder()).increment();
          answer = ok(accepted(method, chat, body));
        }
      }
      default -> answer = ok("true");
    }
    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  /** Zero when the send is within both limits (it then counts), else how long until it would be. */
  private synchronized long admit(long chat) {
    long now = System.nanoTime();
    while (!recentSends.isEmpty() && recentSends.peekFirst() <= now - SECOND) {
      recentSends.pollFirst();
    }
    Long last = lastSendToChat.get(chat);
    if (last != null && now - last < SECOND) {
      limited.increment();
      limitedPerChat.increment();
      return SECOND - (now - last);
    }
    if (recentSends.size() >= overall) {
      limited.increment();
      return recentSends.peekFirst() + SECOND - now;
    }
    recentSends.addLast(now);
    lastSendToChat.put(chat, now);
    return 0;
  }

  private String accepted(String method, long chat, JsonNode body) {
    int id = body.has("message_id") ? body.path("message_id").asInt() : messageIds.incrementAndGet();
    if (method.startsWith("edit")) {
      phone.edited(chat, id);
    } else if (method.equals("sendmessage")) {
      List<String> buttons = new ArrayList<>();
      for (JsonNode row : body.path("reply_markup").path("inline_keyboard")) {
        for (JsonNode button : row) {
          buttons.add(button.path("callback_data").asText(null));
        }
      }
      phone.message(chat, id, body.path("text").asText(), buttons);
    } else {
      phone.message(chat, id, "", List.of());
    }
    ObjectNode message = json.createObjectNode().put("message_id", id).put("date", 1_780_000_000);
    message.putObject("chat").put("id", chat).put("type", "private");
    return message.toString();
  }

  /** The chat of a JSON call, or of a multipart upload (its chat_id part). */
  private static long chatOf(JsonNode body, byte[] raw) {
    if (body.has("chat_id")) {
      return body.path("chat_id").asLong();
    }
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("name=\"chat_id\"");
    if (at < 0) {
      return 0;
    }
    String rest = text.substring(at).split("\r\n\r\n", 2)[1];
    return Long.parseLong(rest.substring(0, rest.indexOf("\r\n")).trim());
  }

  private static String ok(String result) {
    return "{\"ok\":true,\"result\":" + result + "}";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
