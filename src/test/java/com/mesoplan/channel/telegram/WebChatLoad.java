package com.mesoplan.channel.telegram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The website chat under load: mesoplan as its own process (no Telegram), fed by
 * {@code connections} clients over HTTP/1.1 on 127.0.0.1. Each chat gets its key, then sends
 * /start and a typed answer to every question, through consent to the plan; each client takes
 * turns among its chats and sends a chat's next message once the previous one is acknowledged
 * (stored and its turn taken). Prints acknowledged messages per second, latency percentiles, and
 * when every reply was in its chat's transcript (the web outbox empty). Run: docs/BENCHMARKS.md.
 */
public final class WebChatLoad {

  private static final List<String> DIALOG = List.of("/start", "1", "40", "4", "12", "4", "2",
      "2", "2", "3", "2", "2", "1", "4", "1");
  private static final int CHATS_PER_CONNECTION = 25;

  public static void main(String[] args) throws Exception {
    int chats = Integer.parseInt(args.length > 0 ? args[0] : "2000");
    int connections = Integer.parseInt(args.length > 1 ? args[1] : "40");
    String jar = args.length > 2 ? args[2] : "target/mesoplan-0.1.0-SNAPSHOT.jar";
    int warmUp = Integer.getInteger("load.warmup", 1000);
    int status = 1;
    try {
      int port = WebhookLoad.freePort();
      int managementPort = WebhookLoad.freePort();
      Path data = Files.createTempDirectory("mesoplan-web-load");
      List<String> command = new ArrayList<>(List.of("java", "-Xmx512m", "-jar", jar,
          "--server.port=" + port, "--management.server.port=" + managementPort,
          "--mesoplan.data-dir=" + data, "--mesoplan.console=false",
          "--mesoplan.web-chat.messages-per-minute=100000000",
          "--mesoplan.web-chat.new-chats-per-hour=100000000",
          "--mesoplan.http.api-requests-per-second=100000000", "--logging.level.root=warn"));
      if (args.length > 3) {
        command.addAll(Arrays.asList(args).subList(3, args.length));
      }
      System.out.println("mesoplan's output: " + data.resolve("mesoplan.out"));
      Process app = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(data.resolve("mesoplan.out").toFile()).start();
      try {
        WebhookLoad.awaitLive(port, app, data.resolve("mesoplan.out"));
        if (warmUp > 0) {
          System.out.printf("warm-up: %d chats%n", warmUp);
          round(app, port, managementPort, warmUp, connections, false);
        }
        round(app, port, managementPort, chats, connections, true);
        System.out.println(WebhookLoad.liveHeap(managementPort));
        status = 0;
      } finally {
        app.destroy();
        app.waitFor();
      }
    } finally {
      System.exit(status);
    }
  }

  private static void round(Process app, int port, int managementPort, int chats,
      int connections, boolean report) throws Exception {
    String base = "http://127.0.0.1:" + port + "/chat/";
    long[] latencies = new long[chats * DIALOG.size()];
    AtomicLong next = new AtomicLong();
    AtomicLong ids = new AtomicLong();
    long appCpuBefore = WebhookLoad.cpuTicks(app.pid());
    long started = System.nanoTime();
    ExecutorService clients = Executors.newFixedThreadPool(connections);
    List<Future<?>> work = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      int client = c;
      work.add(clients.submit(() -> {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
        List<String> keys = new ArrayList<>();
        for (int chat = client; chat < chats; chat += connections) {
          String body = http.send(HttpRequest.newBuilder(URI.create(base + "start"))
              .POST(HttpRequest.BodyPublishers.noBody()).build(),
              HttpResponse.BodyHandlers.ofString()).body();
          keys.add(body.replaceAll(".*\"key\":\"([^\"]+)\".*", "$1"));
        }
        for (int from = 0; from < keys.size(); from += CHATS_PER_CONNECTION) {
          List<String> group = keys.subList(from, Math.min(keys.size(), from + CHATS_PER_CONNECTION));
          for (String answer : DIALOG) {
            for (String key : group) {
              String message = "{\"key\":\"" + key + "\",\"id\":\"load-" + ids.incrementAndGet()
                  + "-x\",\"text\":\"" + answer + "\",\"language\":\"en\"}";
              long sent = System.nanoTime();
              int code = http.send(HttpRequest.newBuilder(URI.create(base + "messages"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(message)).build(),
                  HttpResponse.BodyHandlers.discarding()).statusCode();
              if (code != 202) {
                throw new IllegalStateException("a message was answered " + code);
              }
              latencies[(int) next.getAndIncrement()] = System.nanoTime() - sent;
            }
          }
        }
        return null;
      }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    clients.shutdown();
    double seconds = (System.nanoTime() - started) / 1e9;
    long expected = (long) chats * DIALOG.size();
    HttpClient http = HttpClient.newHttpClient();
    while (outboxDepth(http, managementPort) > 0) {
      Thread.sleep(20);
    }
    double allShown = (System.nanoTime() - started) / 1e9;
    double appCpu = (WebhookLoad.cpuTicks(app.pid()) - appCpuBefore) / 100.0;
    if (!report) {
      System.out.printf("  %.0f messages/s, all replies shown after %.1f s%n", expected / seconds,
          allShown);
      return;
    }
    Arrays.sort(latencies);
    System.out.printf("chats=%d messages=%d clients=%d%n", chats, expected, connections);
    System.out.printf("messages/s=%.0f (stored, turn taken, acknowledged)%n", expected / seconds);
    System.out.printf("p50=%.2f ms p99=%.2f ms max=%.2f ms%n",
        latencies[latencies.length / 2] / 1e6, latencies[(int) (latencies.length * 0.99)] / 1e6,
        latencies[latencies.length - 1] / 1e6);
    System.out.printf("all replies in their transcripts after %.1f s%n", allShown);
    System.out.printf("peak RSS=%d MB, CPU of mesoplan=%.1f s over %.1f s (%.2f cores)%n",
        WebhookLoad.peakRssKb(app.pid()) / 1024, appCpu, allShown, appCpu / allShown);
  }

  private static double outboxDepth(HttpClient http, int managementPort) throws Exception {
    String metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
        + managementPort + "/actuator/prometheus")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    return metrics.lines().filter(l -> l.startsWith("mesoplan_web_outbox_depth"))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .findFirst().orElse(0);
  }
}
