package com.mesoplan.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A Bot API server on 127.0.0.1 that answers as Telegram does: getUpdates hands out queued
 * updates until an offset confirms them, sendMessage returns a message with a new id, and the
 * next call of a method can be made to fail with 429 (retry_after), 403 or 400.
 */
final class FakeBotApi implements AutoCloseable {

  /** A call the bot made: the method (lower case), its JSON body, and Telegram's answer. */
  record Call(String method, JsonNode body, int status, int messageId) {}

  private record Failure(String method, long chatId, int code, String description,
      Integer retryAfter) {}

  private final ObjectMapper json = new ObjectMapper();
  private final HttpServer server;
  private final PendingUpdates updates = new PendingUpdates();
  private final List<Call> calls = new ArrayList<>();
  private final Deque<Failure> failures = new ArrayDeque<>();
  private int nextMessageId = 1000;

  FakeBotApi() throws IOException {
    // answers go out at once instead of waiting on the client's delayed acknowledgement
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      try {
        handle(exchange);
      } catch (RuntimeException | IOException e) {
        e.printStackTrace();
        exchange.sendResponseHeaders(500, -1);
        exchange.close();
      }
    });
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  void deliver(String update) {
    updates.add(update);
  }

  /** The next call of the method to the chat fails with this error. */
  synchronized void failNext(String method, long chatId, int code, String description,
      Integer retryAfter) {
    failures.add(new Failure(method.toLowerCase(Locale.ROOT), chatId, code, description,
        retryAfter));
  }

  synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  long confirmedOffset() {
    return updates.confirmedOffset();
  }

  /** Successful calls of a method to a chat. */
  List<Call> sent(String method, long chatId) {
    return calls().stream().filter(c -> c.method().equals(method.toLowerCase(Locale.ROOT))
        && c.status() == 200 && c.body().path("chat_id").asLong() == chatId).toList();
  }

  /** Texts of the messages sent to a chat, in order. */
  List<String> texts(long chatId) {
    return sent("sendmessage", chatId).stream().map(c -> c.body().path("text").asText()).toList();
  }

  /** The bot's answer to a button press (update made by {@link Updates#press}), if it came. */
  java.util.Optional<Call> answerToPress(long updateId) {
    return calls().stream().filter(c -> c.method().equals("answercallbackquery")
        && c.body().path("callback_query_id").asText().equals("cb" + updateId)).findFirst();
  }

  /** Waits until a condition on the calls holds, or fails after the timeout. */
  void await(String what, Predicate<FakeBotApi> condition, Duration timeout) {
    Instant until = Instant.now().plus(timeout);
    while (!condition.test(this)) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("timed out waiting for " + what + "; calls: " + summary());
      }
      sleep(20);
    }
  }

  /** The last message with buttons sent to a chat. */
  Call lastQuestion(long chatId) {
    List<Call> sends = sent("sendmessage", chatId);
    for (int i = sends.size() - 1; i >= 0; i--) {
      if (sends.get(i).body().has("reply_markup")) {
        return sends.get(i);
      }
    }
    throw new AssertionError("no question with buttons was sent to " + chatId);
  }

  private String summary() {
    StringBuilder out = new StringBuilder(calls().size() + " calls");
    for (Call call : calls()) {
      if (!call.method().equals("getupdates") || call.body().size() > 0) {
        out.append("\n  ").append(call.method()).append(' ').append(call.status()).append(' ')
            .append(call.body().path("text").asText("").lines().findFirst().orElse(""))
            .append(call.method().equals("getupdates") ? call.body().toString() : "");
      }
    }
    return out.toString();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    byte[] raw = exchange.getRequestBody().readAllBytes();
    JsonNode body = parse(exchange, raw);
    String answer;
    int status;
    int messageId = 0;
    Failure failure = takeFailure(method, body.path("chat_id").asLong());
    if (failure != null) {
      status = failure.code();
      ObjectNode error = json.createObjectNode().put("ok", false)
          .put("error_code", failure.code()).put("description", failure.description());
      if (failure.retryAfter() != null) {
        error.putObject("parameters").put("retry_after", failure.retryAfter());
      }
      answer = error.toString();
    } else {
      status = 200;
      JsonNode result = result(method, body);
      messageId = result.path("message_id").asInt(0);
      answer = "{\"ok\":true,\"result\":" + result + "}";
    }
    synchronized (this) {
      calls.add(new Call(method, body, status, messageId));
    }
    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private JsonNode parse(HttpExchange exchange, byte[] raw) {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type != null && type.startsWith("application/json") && raw.length > 0) {
      try {
        return json.readTree(raw);
      } catch (IOException e) {
        return json.createObjectNode();
      }
    }
    return json.createObjectNode().put("raw", new String(raw, StandardCharsets.UTF_8));
  }

  private synchronized Failure takeFailure(String method, long chatId) {
    for (Failure failure : failures) {
      if (failure.method().equals(method) && failure.chatId() == chatId) {
        failures.remove(failure);
        return failure;
      }
    }
    return null;
  }

  private JsonNode result(String method, JsonNode body) {
    switch (method) {
      case "getupdates":
        try {
          return json.readTree(updates.from(body.path("offset").asLong(0),
              body.path("timeout").asInt(0), 100));
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      case "sendmessage":
      case "sendphoto":
      case "senddocument":
      case "editmessagetext":
      case "editmessagereplymarkup":
        return message(body);
      case "getme":
        return json.createObjectNode().put("id", 1).put("is_bot", true)
            .put("first_name", "mesoplan").put("username", "mesoplan_bot");
      default:
        return json.getNodeFactory().booleanNode(true);
    }
  }

  private synchronized ObjectNode message(JsonNode body) {
    ObjectNode message = json.createObjectNode();
    int id = body.has("message_id") ? body.path("message_id").asInt() : nextMessageId++;
    message.put("message_id", id).put("date", 1_780_000_000)
        .put("text", body.path("text").asText(""));
    message.putObject("chat").put("id", body.path("chat_id").asLong()).put("type", "private");
    return message;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
