package com.mesoplan.channel.telegram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The Bot API for the load benchmark: answers every call as Telegram does when it succeeds and
 * only counts them by method, so that as little as possible of the machine goes to the fake.
 * The functional tests use {@link FakeBotApi}, which records every call.
 */
final class LoadBotApi implements AutoCloseable {

  private static final byte[] TRUE = "{\"ok\":true,\"result\":true}".getBytes(StandardCharsets.UTF_8);
  private static final byte[] ME = ("{\"ok\":true,\"result\":{\"id\":1,\"is_bot\":true,"
      + "\"first_name\":\"mesoplan\",\"username\":\"mesoplan_bot\"}}").getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(8, r -> {
    Thread thread = new Thread(r, "fake-bot-api");
    thread.setDaemon(true);
    return thread;
  });
  private final ConcurrentHashMap<String, LongAdder> calls = new ConcurrentHashMap<>();
  private final AtomicInteger messageIds = new AtomicInteger(1000);

  LoadBotApi() throws IOException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
    server.createContext("/", this::handle);
    server.setExecutor(pool);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** How many calls of a method (lower case) were answered. */
  long count(String method) {
    LongAdder count = calls.get(method);
    return count == null ? 0 : count.sum();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (InputStream body = exchange.getRequestBody()) {
      body.transferTo(OutputStream.nullOutputStream());
    }
    String path = exchange.getRequestURI().getPath();
    String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    calls.computeIfAbsent(method, m -> new LongAdder()).increment();
    byte[] answer = switch (method) {
      case "sendmessage", "editmessagetext", "editmessagereplymarkup", "sendphoto",
          "senddocument" -> ("{\"ok\":true,\"result\":{\"message_id\":" + messageIds.incrementAndGet()
          + ",\"date\":1780000000,\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"\"}}")
          .getBytes(StandardCharsets.UTF_8);
      case "getme" -> ME;
      default -> TRUE;
    };
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, answer.length);
    exchange.getResponseBody().write(answer);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
